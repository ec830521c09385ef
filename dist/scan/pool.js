"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DetectPool = void 0;
exports.workerScript = workerScript;
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
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const node_worker_threads_1 = require("node:worker_threads");
const package_root_1 = require("../util/package-root");
const types_1 = require("../sources/types");
const item_1 = require("./item");
const progress_1 = require("./progress");
const wire_1 = require("./wire");
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
function workerScript() {
    const beside = (0, node_path_1.join)(__dirname, 'worker-entry.js');
    if ((0, node_fs_1.existsSync)(beside))
        return beside;
    const built = (0, node_path_1.join)(package_root_1.PACKAGE_ROOT, 'dist', 'scan', 'worker-entry.js');
    return (0, node_fs_1.existsSync)(built) ? built : undefined;
}
class DetectPool {
    spec;
    script;
    timeoutMs;
    slots = [];
    nextId = 0;
    closing = false;
    respawns = 0;
    /** Pieces finished by workers that have been replaced. */
    retiredPieces = 0;
    /** The clock reading that workers' progress times count from. */
    epoch = Date.now();
    /** `timeoutMs` is the budget for each piece of an item (0: none). */
    constructor(size, spec, script, timeoutMs = 0) {
        this.spec = spec;
        this.script = script;
        this.timeoutMs = timeoutMs;
        for (let i = 0; i < size; i++)
            this.slots.push(this.spawn());
    }
    /** True once every worker has built its rules and can take work without a start-up delay. */
    get ready() {
        return this.slots.every((s) => s.ready);
    }
    /** Pieces the workers have finished so far (the ends that restart the budget). */
    get heartbeats() {
        return this.slots.reduce((n, s) => n + s.progress.pieces, this.retiredPieces);
    }
    /** Batches queued or running. */
    get inFlight() {
        return this.slots.reduce((n, s) => n + s.queue.length, 0);
    }
    /**
     * Scans a batch on the least-busy worker. Never rejects: items that could not be scanned are problems in
     * the outcome. `items` is left as given (the pool's copy of the list loses an item it blames).
     */
    run(items) {
        return new Promise((resolve) => {
            const batch = { id: this.nextId++, items: items.slice(), next: 0, findings: [], dropped: {}, ledger: new types_1.ScanLedger(), resolve };
            if (this.closing || this.slots.length === 0)
                return this.abandon(batch, 'the scan was stopping');
            const slot = this.slots.reduce((a, b) => (b.queue.length < a.queue.length ? b : a));
            if (slot.queue.length === 0)
                slot.since = Date.now();
            slot.queue.push(batch);
            this.post(slot, batch);
            this.arm(slot);
        });
    }
    async close() {
        this.closing = true;
        await Promise.all(this.slots.map((s) => {
            s.dead = true;
            clearTimeout(s.timer);
            return s.worker.terminate();
        }));
    }
    spawn() {
        const progress = new progress_1.ProgressReader(this.epoch);
        const setup = { spec: this.spec, timeoutMs: this.timeoutMs, progress: progress.shared, epoch: this.epoch };
        const worker = new node_worker_threads_1.Worker(this.script, { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_SPACE_MB } });
        const slot = { worker, progress, queue: [], ready: false, since: Date.now(), dead: false };
        worker.on('message', (msg) => {
            if (slot.dead)
                return;
            if (msg.ready) {
                slot.ready = true;
                slot.since = Date.now();
            }
            else
                this.itemsDone(slot, msg);
            this.arm(slot);
        });
        worker.on('error', (err) => (slot.error ??= err.message));
        // 'exit' comes after the messages the worker posted before it died, so the item to blame is known.
        worker.on('exit', (code) => {
            if (slot.dead || this.closing)
                return;
            this.replace(slot, slot.error ? `crashed: ${slot.error}` : `exited with code ${code}`, 'problem');
        });
        return slot;
    }
    /** Sends the unfinished part of a batch; indices in the answers count from the batch's start. */
    post(slot, batch) {
        const items = batch.items.slice(batch.next);
        // Copied, never transferred: a batch is posted again to a replacement worker when one dies, and a
        // source may still hold the bytes (history keeps recent blobs to diff the next version against).
        slot.worker.postMessage({ id: batch.id, offset: batch.next, items: (0, wire_1.encodeItems)(items) });
    }
    itemsDone(slot, msg) {
        const batch = slot.queue[0];
        if (!batch || batch.id !== msg.id || msg.index !== batch.next)
            return;
        for (const f of msg.findings)
            batch.findings.push(f);
        for (const [k, v] of Object.entries(msg.dropped))
            batch.dropped[k] = (batch.dropped[k] ?? 0) + v;
        batch.ledger.merge(msg.ledger);
        batch.next += msg.count;
        slot.since = Date.now();
        if (batch.next >= batch.items.length)
            this.finish(slot.queue.shift());
    }
    finish(batch) {
        const { files, bytes, skipped, problems, decodedFiles } = batch.ledger;
        batch.resolve({ findings: batch.findings, dropped: batch.dropped, ledger: { files, bytes, skipped, problems, decodedFiles } });
    }
    /** Reports every remaining item of a batch as not scanned and settles it. */
    abandon(batch, why) {
        for (const item of batch.items.slice(batch.next))
            batch.ledger.problem(`not scanned: ${why}`, (0, item_1.itemPath)(item));
        batch.next = batch.items.length;
        this.finish(batch);
    }
    /** (Re)starts the per-piece budget timer of a worker that is working. */
    arm(slot) {
        clearTimeout(slot.timer);
        slot.timer = undefined;
        if (this.timeoutMs <= 0 || slot.dead || !slot.ready || slot.queue.length === 0)
            return;
        const left = Math.max(0, this.pieceStarted(slot) + this.timeoutMs - Date.now());
        slot.timer = setTimeout(() => {
            // If the main thread was busy, the worker's "done" may be queued behind this timer: let it land first.
            setImmediate(() => {
                if (slot.dead)
                    return;
                if (Date.now() - this.pieceStarted(slot) < this.timeoutMs)
                    return this.arm(slot);
                void slot.worker.terminate();
                this.replace(slot, 'timeout', 'timeout');
            });
        }, left);
        slot.timer.unref?.();
    }
    /** When the piece in progress started: the worker's stamp, or when the pool last heard from it if later. */
    pieceStarted(slot) {
        return Math.max(slot.since, slot.progress.pieceStarted);
    }
    /**
     * A worker is gone (crashed, or stopped for overrunning its budget): the item it was inside is blamed
     * (none when it died between items or before it was ready), and a new worker gets the rest, including
     * the items it had scanned but not yet answered for.
     */
    replace(slot, why, blame) {
        slot.dead = true;
        clearTimeout(slot.timer);
        this.retiredPieces += slot.progress.pieces;
        const head = slot.queue[0];
        const inside = head && slot.ready ? slot.progress.itemOf(head.id) : undefined;
        if (head && inside !== undefined && inside >= head.next && inside < head.items.length)
            this.blame(head, inside, why, blame);
        if (head && head.next >= head.items.length)
            this.finish(slot.queue.shift());
        const i = this.slots.indexOf(slot);
        if (i < 0)
            return;
        if (this.closing || ++this.respawns > MAX_RESPAWNS) {
            this.slots.splice(i, 1);
            for (const b of slot.queue)
                this.abandon(b, `detection worker ${why} (after ${MAX_RESPAWNS} worker failures no more are started)`);
            return;
        }
        const fresh = this.spawn();
        this.slots[i] = fresh;
        fresh.queue = slot.queue;
        for (const b of fresh.queue)
            this.post(fresh, b);
    }
    /** Item `index` of the batch is reported as not scanned, and taken out of what is still to scan. */
    blame(batch, index, why, blame) {
        const [item] = batch.items.splice(index, 1);
        const path = (0, item_1.itemPath)(item);
        if (blame === 'timeout') {
            batch.ledger.skip(path, 'timeout', undefined, (0, item_1.itemOrigin)(item).commit);
            batch.ledger.problem((0, item_1.timeoutMessage)(this.timeoutMs), path);
        }
        else {
            batch.ledger.problem(`not scanned: the detection worker ${why} while scanning it`, path);
        }
    }
}
exports.DetectPool = DetectPool;
