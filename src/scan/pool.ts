/**
 * A fixed set of detection workers. Batches go to the least-busy worker; fragment bytes are copied. Workers answer item by item, so
 * the pool always knows which item a worker is on: a worker that crashes loses only that item
 * (reported as not scanned), and one that spends longer than the budget on one piece of an item (a
 * fragment, or 16 MiB of a file) is terminated (a running RE2 match cannot be interrupted any other
 * way) and the item listed as skipped for "timeout". The worker sends a heartbeat after each piece,
 * which restarts the budget, so a file of any size passes as long as each piece is quick. Either way a
 * fresh worker takes over the rest of the queue.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DropCounts } from '../engine/detect';
import type { Finding } from '../engine/finding';
import { PACKAGE_ROOT } from '../util/package-root';
import type { RuleSpec } from '../rules/registry';
import { isFileRef, ScanLedger, type LedgerPart, type ScanItem } from '../sources/types';
import { itemOrigin, itemPath, timeoutMessage } from './item';

/**
 * The item with bytes of its own. A fragment is often a view into a larger buffer (a blob's changed
 * lines, a piece of a cat-file chunk), and posting a view clones its whole underlying memory: copying
 * the view once here made history scans several times cheaper to feed to the workers.
 */
function compact(item: ScanItem): ScanItem {
  if (isFileRef(item)) return item;
  const b = item.bytes;
  if (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength) return item;
  const own = new Uint8Array(b); // an exact-size copy with its own ArrayBuffer
  return { ...item, bytes: Buffer.from(own.buffer, 0, own.length) };
}

/** What the pool hands back for one batch. */
export interface BatchOutcome {
  findings: Finding[];
  dropped: DropCounts;
  ledger: LedgerPart;
}

/** What a worker sends back for one item of a batch. */
export interface ItemMessage {
  id: number;
  index: number;
  findings: Finding[];
  dropped: DropCounts;
  ledger: LedgerPart;
}

/** What a worker sends after each piece of the item it is on: the budget starts again. */
export interface HeartbeatMessage {
  beat: true;
  id: number;
  index: number;
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
  /** Batches posted to this worker, in the order it works through them; queue[0] is in progress. */
  queue: Batch[];
  ready: boolean;
  /** When the piece in progress started (as far as the main thread can tell). */
  since: number;
  timer?: NodeJS.Timeout;
  /** Set once the worker is gone or being replaced: its late messages and events are ignored. */
  dead: boolean;
  error?: string;
}

/** Worker deaths the pool recovers from; past this a systematic fault is assumed and the rest is reported unscanned. */
const MAX_RESPAWNS = 16;

/** The compiled worker script, or undefined when running from TypeScript sources without a build. */
export function workerScript(): string | undefined {
  const beside = join(__dirname, 'worker.js');
  if (existsSync(beside)) return beside;
  const built = join(PACKAGE_ROOT, 'dist', 'scan', 'worker.js');
  return existsSync(built) ? built : undefined;
}

export class DetectPool {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closing = false;
  private respawns = 0;
  private beats = 0;

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

  /** Heartbeats received so far (one per piece scanned). */
  get heartbeats(): number {
    return this.beats;
  }

  /** Batches queued or running. */
  get inFlight(): number {
    return this.slots.reduce((n, s) => n + s.queue.length, 0);
  }

  /** Scans a batch on the least-busy worker. Never rejects: items that could not be scanned are problems in the outcome. */
  run(items: ScanItem[]): Promise<BatchOutcome> {
    return new Promise((resolve) => {
      const batch: Batch = { id: this.nextId++, items: items.map(compact), next: 0, findings: [], dropped: {}, ledger: new ScanLedger(), resolve };
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
    const worker = new Worker(this.script, { workerData: { spec: this.spec, timeoutMs: this.timeoutMs } });
    const slot: Slot = { worker, queue: [], ready: false, since: Date.now(), dead: false };
    worker.on('message', (msg: (ItemMessage | HeartbeatMessage) & { ready?: boolean }) => {
      if (slot.dead) return;
      if (msg.ready) {
        slot.ready = true;
        slot.since = Date.now();
      } else if ('beat' in msg) this.heartbeat(slot, msg);
      else this.itemDone(slot, msg);
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
    slot.worker.postMessage({ id: batch.id, offset: batch.next, items });
  }

  /** A piece of the item in progress is done: its budget starts again. */
  private heartbeat(slot: Slot, msg: HeartbeatMessage): void {
    const batch = slot.queue[0];
    if (!batch || batch.id !== msg.id || msg.index !== batch.next) return;
    this.beats++;
    slot.since = Date.now();
  }

  private itemDone(slot: Slot, msg: ItemMessage): void {
    const batch = slot.queue[0];
    if (!batch || batch.id !== msg.id || msg.index !== batch.next) return;
    for (const f of msg.findings) batch.findings.push(f);
    for (const [k, v] of Object.entries(msg.dropped)) batch.dropped[k] = (batch.dropped[k] ?? 0) + v;
    batch.ledger.merge(msg.ledger);
    batch.next++;
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
    const left = Math.max(0, slot.since + this.timeoutMs - Date.now());
    slot.timer = setTimeout(() => {
      // If the main thread was busy, the worker's "done" may be queued behind this timer: let it land first.
      setImmediate(() => {
        if (slot.dead) return;
        if (Date.now() - slot.since < this.timeoutMs) return this.arm(slot);
        void slot.worker.terminate();
        this.replace(slot, 'timeout', 'timeout');
      });
    }, left);
    slot.timer.unref?.();
  }

  /**
   * A worker is gone (crashed, or stopped for overrunning its budget): the item it was on is blamed,
   * unless it died before it was ready (then nothing had started), and a new worker gets the rest.
   */
  private replace(slot: Slot, why: string, blame: 'problem' | 'timeout'): void {
    slot.dead = true;
    clearTimeout(slot.timer);
    const head = slot.queue[0];
    if (head && slot.ready) this.blame(head, why, blame);
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

  private blame(batch: Batch, why: string, blame: 'problem' | 'timeout'): void {
    const item = batch.items[batch.next++];
    const path = itemPath(item);
    if (blame === 'timeout') {
      batch.ledger.skip(path, 'timeout', undefined, itemOrigin(item).commit);
      batch.ledger.problem(timeoutMessage(this.timeoutMs), path);
    } else {
      batch.ledger.problem(`not scanned: the detection worker ${why} while scanning it`, path);
    }
  }
}
