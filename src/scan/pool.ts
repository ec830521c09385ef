/**
 * A fixed set of detection workers. Batches go to the least-busy worker (a fragment's bytes are posted
 * as they are: a view clones its whole buffer, so callers gather them into shared memory of the batch's
 * own, batch.ts). A worker writes which item it is on into memory it shares with the pool
 * (progress.ts), so the pool always knows where it is: a worker that crashes loses only that item
 * (reported as not scanned; the items it had scanned but not yet answered for are scanned again), and
 * one that spends longer than the budget on one piece of an item (a fragment, or 16 MiB of a file) is
 * terminated (a running RE2 match cannot be interrupted any other way) and the item listed as skipped
 * for "timeout". The worker stamps the end of each piece, which restarts the budget, so a file of any
 * size passes as long as each piece is quick. Either way a fresh worker takes over the rest of the queue.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DropCounts } from '../engine/detect';
import type { Finding } from '../engine/finding';
import { PACKAGE_ROOT } from '../util/package-root';
import type { RuleSpec } from '../rules/registry';
import { ScanLedger, type LedgerPart, type ScanItem } from '../sources/types';
import { itemOrigin, itemPath, timeoutMessage } from './item';
import { ProgressReader } from './progress';
import type { WorkerJob, WorkerSetup } from './worker';
import { encodeItems } from './wire';

/** What the pool hands back for one batch. */
export interface BatchOutcome {
  findings: Finding[];
  dropped: DropCounts;
  ledger: LedgerPart;
}

/** What a worker sends back for items [index, index + count) of a batch: their findings, drops and ledger together. */
export interface ItemsMessage {
  id: number;
  index: number;
  count: number;
  findings: Finding[];
  dropped: DropCounts;
  ledger: LedgerPart;
}

/** A batch posted to a worker: `next` is the first item not yet accounted for. */
interface Batch {
  id: number;
  items: ScanItem[];
  next: number;
  findings: Finding[];
  dropped: DropCounts;
  ledger: ScanLedger;
  resolve: (o: BatchOutcome) => void;
}

interface Slot {
  worker: Worker;
  progress: ProgressReader;
  /** Batches posted to this worker, in the order it works through them; queue[0] is in progress. */
  queue: Batch[];
  ready: boolean;
  /** When the worker last answered or was given work from idle (the piece in progress started no earlier). */
  since: number;
  timer?: NodeJS.Timeout;
  /** Set once the worker is gone or being replaced: its late messages and events are ignored. */
  dead: boolean;
  error?: string;
}

/** Worker deaths the pool recovers from; past this a systematic fault is assumed and the rest is reported unscanned. */
const MAX_RESPAWNS = 16;
/**
 * A ceiling on the worker's old space, far above what it keeps (10 to 25 MB between batches): V8 sizes
 * how far a heap may grow between full collections by its ceiling, and under the default one (gigabytes)
 * the worker's heap grew to 90 MB before it collected. With this one it peaked at 30 MB on a history of
 * minified bundles, whose peak RSS was 29 and 81 MiB lower in two runs; scan times did not change. A
 * worker that does run out of memory dies, and its item is reported as not scanned (exit 2).
 */
const WORKER_OLD_SPACE_MB = 1024;
/**
 * The worker's young generation (V8's default on 64 bits: 48 MB, three 16 MB semi-spaces). Half of it
 * kept the worker's heap at 53 to 57 MB instead of 72 to 77 MB on the 3.8 GB memory history, and the
 * package-versions history (2.3 GB of minified bundles) peaked at 497 to 504 MiB instead of 527 to 541.
 */
const WORKER_YOUNG_SPACE_MB = 24;

/** The compiled worker script (its entry, which loads it from the bundle), or undefined when running from TypeScript sources without a build. */
export function workerScript(): string | undefined {
  const beside = join(__dirname, 'worker-entry.js');
  if (existsSync(beside)) return beside;
  const built = join(PACKAGE_ROOT, 'dist', 'scan', 'worker-entry.js');
  return existsSync(built) ? built : undefined;
}

export class DetectPool {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closing = false;
  private respawns = 0;
  /** Pieces finished by workers that have been replaced. */
  private retiredPieces = 0;
  /** The clock reading that workers' progress times count from. */
  private readonly epoch = Date.now();

  /** `timeoutMs` is the budget for each piece of an item (0: none). */
  constructor(
    size: number,
    private readonly spec: RuleSpec,
    private readonly script: string,
    private readonly timeoutMs = 0,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** True once every worker has built its rules and can take work without a start-up delay. */
  get ready(): boolean {
    return this.slots.every((s) => s.ready);
  }

  /** Pieces the workers have finished so far (the ends that restart the budget). */
  get heartbeats(): number {
    return this.slots.reduce((n, s) => n + s.progress.pieces, this.retiredPieces);
  }

  /** Batches queued or running. */
  get inFlight(): number {
    return this.slots.reduce((n, s) => n + s.queue.length, 0);
  }

  /**
   * Scans a batch on the least-busy worker. Never rejects: items that could not be scanned are problems in
   * the outcome. `items` is left as given (the pool's copy of the list loses an item it blames).
   */
  run(items: ScanItem[]): Promise<BatchOutcome> {
    return new Promise((resolve) => {
      const batch: Batch = { id: this.nextId++, items: items.slice(), next: 0, findings: [], dropped: {}, ledger: new ScanLedger(), resolve };
      if (this.closing || this.slots.length === 0) return this.abandon(batch, 'the scan was stopping');
      const slot = this.slots.reduce((a, b) => (b.queue.length < a.queue.length ? b : a));
      if (slot.queue.length === 0) slot.since = Date.now();
      slot.queue.push(batch);
      this.post(slot, batch);
      this.arm(slot);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(
      this.slots.map((s) => {
        s.dead = true;
        clearTimeout(s.timer);
        return s.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const progress = new ProgressReader(this.epoch);
    const setup: WorkerSetup = { spec: this.spec, timeoutMs: this.timeoutMs, progress: progress.shared, epoch: this.epoch };
    const worker = new Worker(this.script, { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_SPACE_MB } });
    const slot: Slot = { worker, progress, queue: [], ready: false, since: Date.now(), dead: false };
    worker.on('message', (msg: ItemsMessage & { ready?: boolean }) => {
      if (slot.dead) return;
      if (msg.ready) {
        slot.ready = true;
        slot.since = Date.now();
      } else this.itemsDone(slot, msg);
      this.arm(slot);
    });
    worker.on('error', (err) => (slot.error ??= err.message));
    // 'exit' comes after the messages the worker posted before it died, so the item to blame is known.
    worker.on('exit', (code) => {
      if (slot.dead || this.closing) return;
      this.replace(slot, slot.error ? `crashed: ${slot.error}` : `exited with code ${code}`, 'problem');
    });
    return slot;
  }

  /** Sends the unfinished part of a batch; indices in the answers count from the batch's start. */
  private post(slot: Slot, batch: Batch): void {
    const items = batch.items.slice(batch.next);
    // Copied, never transferred: a batch is posted again to a replacement worker when one dies, and a
    // source may still hold the bytes (history keeps recent blobs to diff the next version against).
    slot.worker.postMessage({ id: batch.id, offset: batch.next, items: encodeItems(items) } satisfies WorkerJob);
  }

  private itemsDone(slot: Slot, msg: ItemsMessage): void {
    const batch = slot.queue[0];
    if (!batch || batch.id !== msg.id || msg.index !== batch.next) return;
    for (const f of msg.findings) batch.findings.push(f);
    for (const [k, v] of Object.entries(msg.dropped)) batch.dropped[k] = (batch.dropped[k] ?? 0) + v;
    batch.ledger.merge(msg.ledger);
    batch.next += msg.count;
    slot.since = Date.now();
    if (batch.next >= batch.items.length) this.finish(slot.queue.shift()!);
  }

  private finish(batch: Batch): void {
    const { files, bytes, skipped, problems, decodedFiles } = batch.ledger;
    batch.resolve({ findings: batch.findings, dropped: batch.dropped, ledger: { files, bytes, skipped, problems, decodedFiles } });
  }

  /** Reports every remaining item of a batch as not scanned and settles it. */
  private abandon(batch: Batch, why: string): void {
    for (const item of batch.items.slice(batch.next)) batch.ledger.problem(`not scanned: ${why}`, itemPath(item));
    batch.next = batch.items.length;
    this.finish(batch);
  }

  /** (Re)starts the per-piece budget timer of a worker that is working. */
  private arm(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    if (this.timeoutMs <= 0 || slot.dead || !slot.ready || slot.queue.length === 0) return;
    const left = Math.max(0, this.pieceStarted(slot) + this.timeoutMs - Date.now());
    slot.timer = setTimeout(() => {
      // If the main thread was busy, the worker's "done" may be queued behind this timer: let it land first.
      setImmediate(() => {
        if (slot.dead) return;
        if (Date.now() - this.pieceStarted(slot) < this.timeoutMs) return this.arm(slot);
        void slot.worker.terminate();
        this.replace(slot, 'timeout', 'timeout');
      });
    }, left);
    slot.timer.unref?.();
  }

  /** When the piece in progress started: the worker's stamp, or when the pool last heard from it if later. */
  private pieceStarted(slot: Slot): number {
    return Math.max(slot.since, slot.progress.pieceStarted);
  }

  /**
   * A worker is gone (crashed, or stopped for overrunning its budget): the item it was inside is blamed
   * (none when it died between items or before it was ready), and a new worker gets the rest, including
   * the items it had scanned but not yet answered for.
   */
  private replace(slot: Slot, why: string, blame: 'problem' | 'timeout'): void {
    slot.dead = true;
    clearTimeout(slot.timer);
    this.retiredPieces += slot.progress.pieces;
    const head = slot.queue[0];
    const inside = head && slot.ready ? slot.progress.itemOf(head.id) : undefined;
    if (head && inside !== undefined && inside >= head.next && inside < head.items.length) this.blame(head, inside, why, blame);
    if (head && head.next >= head.items.length) this.finish(slot.queue.shift()!);
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    if (this.closing || ++this.respawns > MAX_RESPAWNS) {
      this.slots.splice(i, 1);
      for (const b of slot.queue) this.abandon(b, `detection worker ${why} (after ${MAX_RESPAWNS} worker failures no more are started)`);
      return;
    }
    const fresh = this.spawn();
    this.slots[i] = fresh;
    fresh.queue = slot.queue;
    for (const b of fresh.queue) this.post(fresh, b);
  }

  /** Item `index` of the batch is reported as not scanned, and taken out of what is still to scan. */
  private blame(batch: Batch, index: number, why: string, blame: 'problem' | 'timeout'): void {
    const [item] = batch.items.splice(index, 1);
    const path = itemPath(item);
    if (blame === 'timeout') {
      batch.ledger.skip(path, 'timeout', undefined, itemOrigin(item).commit);
      batch.ledger.problem(timeoutMessage(this.timeoutMs), path);
    } else {
      batch.ledger.problem(`not scanned: the detection worker ${why} while scanning it`, path);
    }
  }
}
