/** Key/value extraction bounds a value at 512 bytes (the patterns themselves are unbounded, for RE2's speed). */
import { pairsOn } from '../../src/engine/generic/extract';

const line = (s: string) => Buffer.from(s);
const values = (s: string) => pairsOn(line(s)).map((p) => p.value);

it('takes a quoted or bare value of up to 512 bytes, and none longer', () => {
  const v512 = 'a1B2'.repeat(128);
  expect(values(`password = "${v512}"`)).toEqual([v512]);
  expect(values(`password = "${v512}x"`)).toEqual([]);
  expect(values(`password=${v512}`)).toEqual([v512]);
  expect(values(`password=${v512}x`)).toEqual([]);
  expect(values(`setPassword('${v512}')`)).toEqual([v512]);
  expect(values(`setPassword('${v512}x')`)).toEqual([]);
});

it('still finds the pairs after a value too long to take', () => {
  const long = 'z'.repeat(600);
  expect(values(`token: "${long}", password: "hunter2-but-longer"`)).toEqual(['hunter2-but-longer']); // tokenguard:allow (a made-up test value)
});
