/**
 * Key/value extraction bounds a value at 512 bytes, or 2048 for one unbroken token (a long shared secret);
 * the patterns themselves are unbounded, for RE2's speed.
 */
import { pairsOn } from '../../src/engine/generic/extract';

const line = (s: string) => Buffer.from(s);
const values = (s: string) => pairsOn(line(s)).map((p) => p.value);

it('takes a quoted or bare value of up to 512 bytes, and text no longer', () => {
  const v512 = 'a1B2'.repeat(128);
  const text = `${'a1 B2'.repeat(102)}xy`;
  expect(values(`password = "${v512}"`)).toEqual([v512]);
  expect(values(`password = "${text}x"`)).toEqual([]);
  expect(values(`password=${v512}`)).toEqual([v512]);
  expect(values(`setPassword('${v512}')`)).toEqual([v512]);
  expect(values(`setPassword('${text}x')`)).toEqual([]);
});

it('takes one unbroken token of up to 2048 bytes, and none longer', () => {
  const v2048 = 'a1B+'.repeat(512);
  expect(values(`shared-secret = "${v2048}"`)).toEqual([v2048]);
  expect(values(`shared-secret=${v2048}`)).toEqual([v2048]);
  expect(values(`shared-secret = "${v2048}x"`)).toEqual([]);
  expect(values(`shared-secret = "${v2048.slice(0, 600)} ${v2048.slice(0, 600)}"`)).toEqual([]);
});

it('still finds the pairs after a value too long to take', () => {
  const long = 'z z'.repeat(200);
  expect(values(`token: "${long}", password: "hunter2-but-longer"`)).toEqual(['hunter2-but-longer']); // tokenguard:allow (a made-up test value)
  const longer = 'z'.repeat(2100);
  expect(values(`token: "${longer}", password: "hunter2-but-longer"`)).toEqual(['hunter2-but-longer']); // tokenguard:allow (a made-up test value)
});
