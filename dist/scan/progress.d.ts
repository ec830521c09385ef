/**
 * Where a detection worker is, kept in memory it shares with the pool rather than sent as messages. A
 * history scan hands the workers a hundred thousand small fragments; a heartbeat and an answer posted
 * for each one cost the worker a quarter of its time and the main thread as much again to receive.
 * Now the worker writes what it is doing here, answers once per run of items, and the pool reads this
 * when its timer fires or the worker dies.
 */
/** The worker's side: what it is scanning, and when it last finished a piece. */
export declare class ProgressWriter {
    private readonly now;
    private readonly cells;
    /** `now` gives the time in ms after the pool's epoch. */
    constructor(shared: SharedArrayBuffer, now: () => number);
    /** Item `index` of batch `job` starts: its first piece's budget starts now. */
    start(job: number, index: number): void;
    /** A piece is done: the next one's budget starts now. */
    piece(): void;
    /** The item is done (its answer may not have been sent yet). */
    finish(): void;
}
/** The pool's side of one worker's progress. */
export declare class ProgressReader {
    private readonly epoch;
    readonly shared: SharedArrayBuffer;
    private readonly cells;
    /** `epoch` is the pool's clock reading that the worker's times count from. */
    constructor(epoch: number);
    /** When the piece in progress started, on the pool's clock. */
    get pieceStarted(): number;
    /** Pieces finished so far. */
    get pieces(): number;
    /** The item the worker is inside, if it is inside one of batch `job`: its index, else undefined. */
    itemOf(job: number): number | undefined;
}
