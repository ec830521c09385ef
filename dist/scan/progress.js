"use strict";
/**
 * Where a detection worker is, kept in memory it shares with the pool rather than sent as messages. A
 * history scan hands the workers a hundred thousand small fragments; a heartbeat and an answer posted
 * for each one cost the worker a quarter of its time and the main thread as much again to receive.
 * Now the worker writes what it is doing here, answers once per run of items, and the pool reads this
 * when its timer fires or the worker dies.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProgressReader = exports.ProgressWriter = void 0;
/** Slots of the shared Int32Array. */
const BEAT = 0; // when the current piece started: ms after the pool's epoch
const PIECES = 1; // pieces finished since the worker started
const JOB = 2; // the batch of the item in progress
const INDEX = 3; // that item's index in the batch
const BUSY = 4; // 1 while an item is being scanned
/** The worker's side: what it is scanning, and when it last finished a piece. */
class ProgressWriter {
    now;
    cells;
    /** `now` gives the time in ms after the pool's epoch. */
    constructor(shared, now) {
        this.now = now;
        this.cells = new Int32Array(shared);
    }
    /** Item `index` of batch `job` starts: its first piece's budget starts now. */
    start(job, index) {
        Atomics.store(this.cells, JOB, job);
        Atomics.store(this.cells, INDEX, index);
        Atomics.store(this.cells, BEAT, this.now());
        Atomics.store(this.cells, BUSY, 1);
    }
    /** A piece is done: the next one's budget starts now. */
    piece() {
        Atomics.store(this.cells, BEAT, this.now());
        Atomics.add(this.cells, PIECES, 1);
    }
    /** The item is done (its answer may not have been sent yet). */
    finish() {
        Atomics.store(this.cells, BUSY, 0);
    }
}
exports.ProgressWriter = ProgressWriter;
/** The pool's side of one worker's progress. */
class ProgressReader {
    epoch;
    shared = new SharedArrayBuffer(5 * Int32Array.BYTES_PER_ELEMENT);
    cells = new Int32Array(this.shared);
    /** `epoch` is the pool's clock reading that the worker's times count from. */
    constructor(epoch) {
        this.epoch = epoch;
    }
    /** When the piece in progress started, on the pool's clock. */
    get pieceStarted() {
        return this.epoch + Atomics.load(this.cells, BEAT);
    }
    /** Pieces finished so far. */
    get pieces() {
        return Atomics.load(this.cells, PIECES);
    }
    /** The item the worker is inside, if it is inside one of batch `job`: its index, else undefined. */
    itemOf(job) {
        if (Atomics.load(this.cells, BUSY) !== 1 || Atomics.load(this.cells, JOB) !== job)
            return undefined;
        return Atomics.load(this.cells, INDEX);
    }
}
exports.ProgressReader = ProgressReader;
