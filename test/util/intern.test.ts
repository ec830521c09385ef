import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Interner } from '../../src/util/intern';
import { ROOT } from '../helpers/cli';

/** A string equal to `s` but built apart from it, as git's log output is read into a fresh string per change. */
const copyOf = (s: string) => Buffer.from(s).toString();

/**
 * Heap bytes kept by 100,000 copies of an id held in an array, plain and through the built Interner,
 * measured in a fresh node (between double full collections): a test worker's heap carries other
 * tests' garbage, which a collection may free between the two readings.
 */
function retainedInFreshNode(): { plain: number; shared: number } {
  const script = `
    const { Interner } = require(${JSON.stringify(join(ROOT, 'dist', 'util', 'intern.js'))});
    const copyOf = (s) => Buffer.from(s).toString();
    const id = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
    const used = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
    const retained = (make) => { const before = used(); const kept = make(); const after = used(); if (kept.length !== 100000) throw new Error('lost'); return after - before; };
    const plain = retained(() => Array.from({ length: 100000 }, () => copyOf(id)));
    const ids = new Interner();
    const shared = retained(() => Array.from({ length: 100000 }, () => ids.get(copyOf(id))));
    process.stdout.write(JSON.stringify({ plain, shared }));`;
  return JSON.parse(execFileSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8' }));
}

describe('Interner', () => {
  it('answers each string with an equal one, also past its limit (where it starts over)', () => {
    const ids = new Interner(2);
    for (const s of ['a', 'b', 'c', 'd', 'a', 'src/app.js']) expect(ids.get(copyOf(s))).toBe(s);
  });

  it('keeps one copy of a string met many times: what a history keeps per change is a reference', () => {
    const { plain, shared } = retainedInFreshNode();
    // 100,000 copies of a 40-character string take about 5.6 MB; the array of references, 0.8 MB.
    expect(plain).toBeGreaterThan(4_000_000);
    expect(shared).toBeLessThan(plain / 3);
  });
});
