/**
 * A default single worker (a history scan on two cores: share.ts) boots ahead of need while the source
 * is still silent (git walking the log), so its start-up uses an idle core; a history over before then
 * never starts one, and one started but never needed is stopped with the scan.
 */
import { Worker } from 'node:worker_threads';
import { runScan, selectRules, type Source } from '../../src/index';
import type { ScanItem } from '../../src/sources/types';
import { spin } from '../helpers/spin';

jest.setTimeout(60_000);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** What a test source saw: workers constructed at its first fragment, fragments reported scanned and in what batches. */
interface Seen {
  workersAtFirst?: number;
  scanned: number;
  batches?: number[];
}

/**
 * A history-like source: silent for `silentMs` (as git log is while it walks; negative: not even a turn of
 * the event loop), then `count` fragments.
 * After each fragment it scanned itself, the main thread spends `busy` times as long on other work: 2
 * makes detection a third of its time, so a worker pays; 20 makes it a twentieth, so one never does
 * (being descheduled outside detection on a busy machine only lowers that share further).
 * `workersAtFirst` records how many workers had been constructed when the first fragment was yielded.
 */
function source(silentMs: number, count: number, busy: number, seen: Seen, workers: () => number): Source {
  return {
    kind: 'history',
    defaultThreads: () => 1,
    async *items() {
      if (silentMs >= 0) await sleep(silentMs);
      for (let i = 0; i < count; i++) {
        seen.workersAtFirst ??= workers();
        const before = seen.scanned;
        const at = performance.now();
        const text = `const line${i} = "nothing secret here";\n`.repeat(50);
        yield { bytes: Buffer.from(text), path: `f${i}.js`, startLine: 1, offset: 0, overlap: 0, origin: { kind: 'history', blob: `b${i}` } };
        if (busy > 0 && seen.scanned > before) spin(busy * (performance.now() - at));
      }
    },
    scanned: (items: readonly ScanItem[]) => {
      seen.scanned += items.length;
      seen.batches?.push(items.length);
    },
  };
}

/** Node's worker_threads module itself (an import namespace would be a copy): the pool reads Worker from it when it spawns. */
const threads = require('node:worker_threads') as { Worker: typeof Worker };
const Original = threads.Worker;
/** Workers constructed during the test. */
const made: Worker[] = [];
beforeEach(() => {
  made.length = 0;
  threads.Worker = class extends Original {
    constructor(...args: ConstructorParameters<typeof Worker>) {
      super(...args);
      made.push(this);
    }
  };
});
afterEach(() => {
  threads.Worker = Original;
});

const constructed = () => made.length;

it('a worker boots while the history source is silent, before its first fragment, and takes over once it pays', async () => {
  const seen: Seen = { scanned: 0, batches: [] };
  const r = await runScan(source(600, 60, 2, seen, constructed), { spec: selectRules({}), inlineBytes: 0 });
  expect(r.ledger.problems).toEqual([]);
  expect(seen.scanned).toBe(60);
  expect(seen.workersAtFirst).toBe(1);
  // Taken over: the worker answers in batches, the main thread one fragment at a time.
  expect(seen.batches!.some((n) => n > 1)).toBe(true);
  // The spare is the worker used: no second one was started when the worker began to pay.
  expect(constructed()).toBe(1);
});

it('a history scanned before the spare is due starts no worker, then or later', async () => {
  const seen: Seen = { scanned: 0 };
  // No wait in the source: the scan is over within one turn of the event loop, before any timer.
  const r = await runScan(source(-1, 3, 0, seen, constructed), { spec: selectRules({}) });
  expect(r.ledger.problems).toEqual([]);
  expect(seen.scanned).toBe(3);
  // Well past the moment a spare would have been started: the scan's end called it off.
  await sleep(300);
  expect(constructed()).toBe(0);
});

it('a spare that never pays is stopped with the scan, and everything is scanned on the main thread', async () => {
  const seen: Seen = { scanned: 0, batches: [] };
  const r = await runScan(source(600, 40, 20, seen, constructed), { spec: selectRules({}), inlineBytes: 0 });
  expect(r.ledger.problems).toEqual([]);
  expect(seen.scanned).toBe(40);
  // One by one: scanned here, none handed to the worker in a batch.
  expect(seen.batches!.every((n) => n === 1)).toBe(true);
  expect(constructed()).toBe(1);
  const worker = made[0];
  // Stopped, not left running: a worker that has exited has thread id -1, else its exit is awaited.
  let timer: NodeJS.Timeout | undefined;
  const exited = worker.threadId === -1 ? Promise.resolve(true) : new Promise<boolean>((resolve) => worker.once('exit', () => resolve(true)));
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 20_000)));
  await expect(Promise.race([exited, late])).resolves.toBe(true);
  clearTimeout(timer);
});
