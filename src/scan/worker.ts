/**
 * A detection worker: builds the rule set once, then scans the batches it is sent, answering item by
 * item, with a heartbeat after each piece (16 MiB of a file) so the pool's per-piece budget restarts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DropCounts } from '../engine/detect';
import type { Fragment } from '../engine/fragment';
import { buildRuleSet, type RuleSpec } from '../rules/registry';
import { isFileRef, ScanLedger, type ScanItem } from '../sources/types';
import { itemPath, scanItem } from './item';
import type { HeartbeatMessage, ItemMessage } from './pool';

/** A batch (or the unfinished rest of one) sent to a worker; `offset` is the index of items[0] in the batch. */
export interface WorkerJob {
  id: number;
  offset: number;
  items: ScanItem[];
}

const { spec, timeoutMs } = workerData as { spec: RuleSpec; timeoutMs: number };
const ruleSet = buildRuleSet(spec);
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
  return { ...item, bytes: Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength) };
}

function scanOne(id: number, index: number, item: ScanItem): ItemMessage {
  const ledger = new ScanLedger();
  const dropped: DropCounts = {};
  let findings: ItemMessage['findings'] = [];
  const beat: HeartbeatMessage = { beat: true, id, index };
  try {
    findings = scanItem(revive(item), ruleSet, ledger, dropped, { timeoutMs, stallHook, onPiece: () => parentPort!.postMessage(beat) });
  } catch (err) {
    ledger.problem(`not scanned: detection failed: ${(err as Error).message}`, itemPath(item));
  }
  const { files, bytes, skipped, problems, decodedFiles } = ledger;
  return { id, index, findings, dropped, ledger: { files, bytes, skipped, problems, decodedFiles } };
}

parentPort!.on('message', (job: WorkerJob) => {
  job.items.forEach((item, i) => {
    if (crashOn && itemPath(item).includes(crashOn)) throw new Error(`test crash on ${itemPath(item)} (TOKENGUARD_TEST_CRASH_WORKER_ON)`);
    parentPort!.postMessage(scanOne(job.id, job.offset + i, item));
  });
});
