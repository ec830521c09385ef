/**
 * A detection worker: builds the rule set once, then scans the batches it is sent. It writes which item
 * it is on and when each piece (16 MiB of a file) ends into memory the pool shares (progress.ts), so the
 * pool's per-piece budget restarts without a message, and answers once per run of items.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DropCounts } from '../engine/detect';
import type { Finding } from '../engine/finding';
import type { Fragment } from '../engine/fragment';
import { buildRuleSet, type RuleSpec } from '../rules/registry';
import { isFileRef, ScanLedger, type ScanItem } from '../sources/types';
import { itemPath, scanItem } from './item';
import type { ItemsMessage } from './pool';
import { ProgressWriter } from './progress';
import { decodeItems, type WireItems } from './wire';

/** A batch (or the unfinished rest of one) sent to a worker; `offset` is the index of items[0] in the batch. */
export interface WorkerJob {
  id: number;
  offset: number;
  items: WireItems;
}

/** What the pool passes a worker at start. */
export interface WorkerSetup {
  spec: RuleSpec;
  timeoutMs: number;
  progress: SharedArrayBuffer;
  /** The pool's clock reading that progress times count from. */
  epoch: number;
}

/** A run of items is answered once this long has passed since the last answer (or at the batch's end). */
const ANSWER_EVERY_MS = 25;

const { spec, timeoutMs, progress: shared, epoch } = workerData as WorkerSetup;
const ruleSet = buildRuleSet(spec);
const progress = new ProgressWriter(shared, () => Date.now() - epoch);
/** Read once: a worker lives for one scan (see item.ts's testStall). */
const stallHook = process.env.TOKENGUARD_TEST_STALL_PIECE ?? '';
/**
 * Test-only: the tests need a worker that really crashes (an uncaught error ends the thread) on a chosen
 * file, and no input can do that on purpose. Unset (always, outside the test suite) this does nothing.
 */
const crashOn = process.env.TOKENGUARD_TEST_CRASH_WORKER_ON || undefined;
parentPort!.postMessage({ ready: true });

/** Structured clone turns Buffers into Uint8Arrays; give the engine Buffers back. */
function revive(item: ScanItem): ScanItem {
  if (isFileRef(item)) return { ...item, raw: Buffer.from(item.raw) };
  const u8 = (item as Fragment).bytes as Uint8Array;
  if (Buffer.isBuffer(u8)) return item;
  return { ...item, bytes: Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength) };
}

/** The answer being gathered: items [index, index + count) of batch `id`. */
class Answer {
  count = 0;
  readonly findings: Finding[] = [];
  readonly dropped: DropCounts = {};
  readonly ledger = new ScanLedger();
  readonly since = Date.now();

  constructor(
    readonly id: number,
    readonly index: number,
  ) {}

  send(): void {
    const { files, bytes, skipped, problems, decodedFiles } = this.ledger;
    const msg: ItemsMessage = { id: this.id, index: this.index, count: this.count, findings: this.findings, dropped: this.dropped, ledger: { files, bytes, skipped, problems, decodedFiles } };
    parentPort!.postMessage(msg);
  }
}

function scanInto(answer: Answer, item: ScanItem): void {
  try {
    const found = scanItem(revive(item), ruleSet, answer.ledger, answer.dropped, { timeoutMs, stallHook, onPiece: () => progress.piece() });
    for (const f of found) answer.findings.push(f);
  } catch (err) {
    answer.ledger.problem(`not scanned: detection failed: ${(err as Error).message}`, itemPath(item));
  }
}

parentPort!.on('message', (job: WorkerJob) => {
  let answer = new Answer(job.id, job.offset);
  const items = decodeItems(job.items);
  items.forEach((item, i) => {
    progress.start(job.id, job.offset + i);
    if (crashOn && itemPath(item).includes(crashOn)) throw new Error(`test crash on ${itemPath(item)} (TOKENGUARD_TEST_CRASH_WORKER_ON)`);
    scanInto(answer, item);
    progress.finish();
    answer.count++;
    if (i + 1 < items.length && Date.now() - answer.since >= ANSWER_EVERY_MS) {
      answer.send();
      answer = new Answer(job.id, job.offset + i + 1);
    }
  });
  answer.send();
});
