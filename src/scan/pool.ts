/**
 * A fixed set of detection workers. Batches go to the least-busy worker; fragment bytes are
 * transferred rather than copied when the fragment owns its memory. A crashed worker fails only its
 * own batches (reported as not scanned) and is replaced.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DropCounts } from '../engine/detect';
import type { Finding } from '../engine/finding';
import { PACKAGE_ROOT } from '../rules/load';
import type { RuleSpec } from '../rules/registry';
import { isFileRef, type ScanItem, type ScanLedger } from '../sources/types';

/** What a worker sends back for one batch. */
export interface BatchOutcome {
  findings: Finding[];
  dropped: DropCounts;
  ledger: Pick<ScanLedger, 'files' | 'bytes' | 'skipped' | 'problems'>;
}

interface Pending {
  resolve: (o: BatchOutcome) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  ready: boolean;
}

/** The compiled worker script, or undefined when running from TypeScript sources without a build. */
export function workerScript(): string | undefined {
  const beside = join(__dirname, 'worker.js');
  if (existsSync(beside)) return beside;
  const built = join(PACKAGE_ROOT, 'dist', 'scan', 'worker.js');
  return existsSync(built) ? built : undefined;
}

/** Memory that can be handed to a worker without copying: a Buffer that owns all of its ArrayBuffer. */
function transferable(item: ScanItem): ArrayBuffer[] {
  if (isFileRef(item)) return [];
  const b = item.bytes;
  return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.byteLength > 0 ? [b.buffer as ArrayBuffer] : [];
}

export class DetectPool {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closing = false;

  constructor(
    size: number,
    private readonly spec: RuleSpec,
    private readonly script: string,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, { workerData: { spec: this.spec } });
    const slot: Slot = { worker, pending: new Map(), ready: false };
    worker.on('message', (msg: BatchOutcome & { id: number; error?: string; ready?: boolean }) => {
      if (msg.ready) {
        slot.ready = true;
        return;
      }
      const p = slot.pending.get(msg.id);
      if (!p) return;
      slot.pending.delete(msg.id);
      if (msg.error !== undefined) p.reject(new Error(`detection failed: ${msg.error}`));
      else p.resolve(msg);
    });
    const fail = (why: string) => {
      for (const p of slot.pending.values()) p.reject(new Error(`detection worker ${why}`));
      slot.pending.clear();
      const i = this.slots.indexOf(slot);
      if (i >= 0 && !this.closing) this.slots[i] = this.spawn();
    };
    worker.on('error', (err) => fail(`crashed: ${err.message}`));
    worker.on('exit', (code) => {
      if (slot.pending.size > 0 || (code !== 0 && !this.closing)) fail(`exited with code ${code}`);
    });
    return slot;
  }

  /** True once every worker has built its rules and can take work without a start-up delay. */
  get ready(): boolean {
    return this.slots.every((s) => s.ready);
  }

  /** Batches queued or running. */
  get inFlight(): number {
    return this.slots.reduce((n, s) => n + s.pending.size, 0);
  }

  /** Scans a batch on the least-busy worker. */
  run(items: ScanItem[]): Promise<BatchOutcome> {
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, items }, items.flatMap(transferable));
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
