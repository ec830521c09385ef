/**
 * A default single worker (a history scan on two cores: share.ts) takes over detection as soon as it is
 * started: while it boots, the main thread queues fragments for it instead of scanning them itself.
 */
import { runScan, selectRules, type Source } from '../../src/index';
import type { ScanItem } from '../../src/sources/types';
import { spin } from '../helpers/spin';

jest.setTimeout(60_000);

const FRAGMENTS = 60;

/**
 * A history-like source that, after a fragment the main thread scanned itself, spends twice as long
 * as that took, so detection is about a third of the main thread's time on any machine, however busy
 * (a worker pays). A fragment handed to a worker costs no spin: waiting on the worker is not the main
 * thread's work. `outstanding` records, at each fragment, how many yielded ones the engine has not
 * reported back.
 */
function source(batches: number[], count = FRAGMENTS, lineRepeats = 200, outstanding: number[] = []): Source {
  let yielded = 0;
  let reported = 0;
  return {
    kind: 'history',
    defaultThreads: () => 1,
    async *items() {
      // As a real source's first item waits on git or the disk: runScan builds the rules meanwhile, two
      // turns of the event loop after the source starts, so the first item's time is its scan alone.
      for (let turn = 0; turn < 3; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
      for (let i = 0; i < count; i++) {
        const text = `const line${i} = "nothing secret here";\n`.repeat(lineRepeats);
        const at = performance.now();
        outstanding.push(yielded - reported);
        yielded++;
        yield { bytes: Buffer.from(text), path: `f${i}.js`, startLine: 1, offset: 0, overlap: 0, origin: { kind: 'history', blob: `b${i}` } };
        // Reported before the next one is asked for: it was scanned here, not queued for a worker.
        if (reported === yielded) spin(2 * (performance.now() - at));
      }
    },
    scanned: (items: readonly ScanItem[]) => {
      batches.push(items.length);
      reported += items.length;
    },
  };
}

it('once a default worker starts, the main thread no longer scans, even while the worker boots', async () => {
  const batches: number[] = [];
  const r = await runScan(source(batches, FRAGMENTS, 50), { spec: selectRules({}), inlineBytes: 0 });
  expect(r.ledger.problems).toEqual([]);
  expect(batches.reduce((a, b) => a + b, 0)).toBe(FRAGMENTS);
  // Fragments scanned on the main thread are reported one by one; the worker's come in batches (the
  // last one may hold a single leftover fragment).
  expect(batches.some((n) => n > 1)).toBe(true);
  // The first fragment or two measure the share; booting a worker (a thread, the modules, 1,100 rules)
  // takes many fragments' time, which the main thread used to fill by scanning them itself.
  expect(batches.filter((n) => n === 1).length).toBeLessThanOrEqual(6);
});

it('what waits for a booting worker is bounded in bytes: blobs bigger than a batch travel alone, and 16 MiB of them wait at most', async () => {
  const batches: number[] = [];
  const outstanding: number[] = [];
  // 24 fragments of 1.3 MB (each its own batch), queued far faster than a worker boots: all of them
  // would have been let wait.
  const r = await runScan(source(batches, 24, 32_000, outstanding), { spec: selectRules({}), inlineBytes: 0 });
  expect(r.ledger.problems).toEqual([]);
  expect(batches.reduce((a, b) => a + b, 0)).toBe(24);
  // Fragments did wait for the worker (scanned on the main thread, none would be outstanding)...
  expect(Math.max(...outstanding)).toBeGreaterThan(4);
  // ...but 16 MiB at most: twelve of them, plus the one being added, plus the few scanned inline.
  expect(Math.max(...outstanding)).toBeLessThanOrEqual(16);
  // Once the worker is up, the same bound: twelve waiting, plus the one being added.
  expect(outstanding[outstanding.length - 1]).toBeLessThanOrEqual(13);
});
