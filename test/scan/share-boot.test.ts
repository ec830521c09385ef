/**
 * A default single worker (a history scan on two cores: share.ts) takes over detection as soon as it is
 * started: while it boots, the main thread queues fragments for it instead of scanning them itself.
 */
import { runScan, selectRules, type Source } from '../../src/index';
import type { ScanItem } from '../../src/sources/types';

jest.setTimeout(60_000);

const FRAGMENTS = 60;

/** Busy-waits: the main thread's own work, which the share is measured against. */
function spin(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

/**
 * A history-like source that spends twice as long between fragments as the engine spent on the last
 * one, so detection is about a third of the main thread's time on any machine (a worker pays).
 */
function source(batches: number[]): Source {
  return {
    kind: 'history',
    defaultThreads: () => 1,
    async *items() {
      for (let i = 0; i < FRAGMENTS; i++) {
        const text = `const line${i} = "nothing secret here";\n`.repeat(200);
        const yielded = performance.now();
        yield { bytes: Buffer.from(text), path: `f${i}.js`, startLine: 1, offset: 0, overlap: 0, origin: { kind: 'history', blob: `b${i}` } };
        spin(Math.min(50, 2 * (performance.now() - yielded)));
      }
    },
    scanned: (items: readonly ScanItem[]) => void batches.push(items.length),
  };
}

it('once a default worker starts, the main thread no longer scans, even while the worker boots', async () => {
  const batches: number[] = [];
  const r = await runScan(source(batches), { spec: selectRules({}), inlineBytes: 0 });
  expect(r.ledger.problems).toEqual([]);
  expect(batches.reduce((a, b) => a + b, 0)).toBe(FRAGMENTS);
  // Fragments scanned on the main thread are reported one by one; the worker's come in batches (the
  // last one may hold a single leftover fragment).
  expect(batches.some((n) => n > 1)).toBe(true);
  // The first fragment or two measure the share; booting a worker (a thread, the modules, 1,100 rules)
  // takes many fragments' time, which the main thread used to fill by scanning them itself.
  expect(batches.filter((n) => n === 1).length).toBeLessThanOrEqual(6);
});
