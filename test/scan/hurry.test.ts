/**
 * A source that wants findings soon (history, for a busy file that holds a secret: Source.hurry) gets
 * its fragments sent to the worker at once, not when a batch of hundreds fills.
 */
import { runScan, selectRules, type Source } from '../../src/index';
import type { ScanItem } from '../../src/sources/types';

jest.setTimeout(60_000);

/** 40 small fragments of a history-like source; `hurry` says what its hurry() answers. */
function source(hurry: boolean, batches: number[]): Source {
  return {
    kind: 'history',
    async *items() {
      for (let i = 0; i < 40; i++) {
        yield { bytes: Buffer.from(`line ${i}\nnothing secret here\n`), path: `f${i}.txt`, startLine: 1, offset: 0, overlap: 0, origin: { kind: 'history', blob: `b${i}` } };
        // Time for the worker to boot and take over from the main thread.
        if (i === 0) await new Promise((resolve) => setTimeout(resolve, 2500));
      }
    },
    hurry: () => hurry,
    scanned: (items: readonly ScanItem[]) => void batches.push(items.length),
  };
}

/** The sizes of the batches the engine reported back for the 40 fragments. */
async function batchSizes(hurry: boolean): Promise<number[]> {
  const batches: number[] = [];
  const r = await runScan(source(hurry, batches), { spec: selectRules({}), threads: 1, inlineBytes: 0 });
  expect(r.ledger.problems).toEqual([]);
  expect(batches.reduce((a, b) => a + b, 0)).toBe(40);
  return batches;
}

it('a source in a hurry has each fragment sent on its own', async () => {
  expect(Math.max(...(await batchSizes(true)))).toBe(1);
});

it('otherwise fragments wait for a batch to fill (or for the end)', async () => {
  // All but the first (scanned on the main thread while the worker boots) in one batch, on a machine not too busy.
  expect(Math.max(...(await batchSizes(false)))).toBeGreaterThan(1);
});
