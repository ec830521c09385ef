/** A detection worker: builds the rule set once, then scans the batches of items it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import type { DropCounts } from '../engine/detect';
import type { Finding } from '../engine/finding';
import type { Fragment } from '../engine/fragment';
import { buildRuleSet, type RuleSpec } from '../rules/registry';
import { isFileRef, ScanLedger, type ScanItem } from '../sources/types';
import { scanItem } from './item';

/** A batch of items sent to a worker. */
export interface WorkerJob {
  id: number;
  items: ScanItem[];
}

const ruleSet = buildRuleSet((workerData as { spec: RuleSpec }).spec);
parentPort!.postMessage({ ready: true });

/** Structured clone turns Buffers into Uint8Arrays; give the engine Buffers back. */
function revive(item: ScanItem): ScanItem {
  if (isFileRef(item)) return { ...item, raw: Buffer.from(item.raw) };
  const u8 = (item as Fragment).bytes as Uint8Array;
  return { ...item, bytes: Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength) };
}

parentPort!.on('message', (job: WorkerJob) => {
  const ledger = new ScanLedger();
  const dropped: DropCounts = {};
  const findings: Finding[] = [];
  try {
    for (const item of job.items) findings.push(...scanItem(revive(item), ruleSet, ledger, dropped));
    const { files, bytes, skipped, problems } = ledger;
    parentPort!.postMessage({ id: job.id, findings, dropped, ledger: { files, bytes, skipped, problems } });
  } catch (err) {
    parentPort!.postMessage({ id: job.id, error: (err as Error).message });
  }
});
