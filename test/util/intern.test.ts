import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Interner } from '../../src/util/intern';

/** A string equal to `s` but built apart from it, as git's log output is read into a fresh string per change. */
const copyOf = (s: string) => Buffer.from(s).toString();

/** Heap bytes that `make` leaves reachable, measured between full collections. */
function retained(make: () => unknown[]): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = make();
  gc();
  const after = process.memoryUsage().heapUsed;
  expect(kept.length).toBeGreaterThan(0);
  return after - before;
}

describe('Interner', () => {
  it('answers each string with an equal one, also past its limit (where it starts over)', () => {
    const ids = new Interner(2);
    for (const s of ['a', 'b', 'c', 'd', 'a', 'src/app.js']) expect(ids.get(copyOf(s))).toBe(s);
  });

  it('keeps one copy of a string met many times: what a history keeps per change is a reference', () => {
    const id = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
    const n = 100_000;
    const plain = retained(() => Array.from({ length: n }, () => copyOf(id)));
    const ids = new Interner();
    const shared = retained(() => Array.from({ length: n }, () => ids.get(copyOf(id))));
    // 100,000 copies of a 40-character string take about 5.6 MB; the array of references, 0.8 MB.
    expect(plain).toBeGreaterThan(4_000_000);
    expect(shared).toBeLessThan(plain / 3);
  });
});
