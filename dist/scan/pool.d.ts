import type { DropCounts } from '../engine/detect';
import type { Finding } from '../engine/finding';
import type { RuleSpec } from '../rules/registry';
import { type LedgerPart, type ScanItem } from '../sources/types';
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
/** The compiled worker script (its entry, which loads it from the bundle), or undefined when running from TypeScript sources without a build. */
export declare function workerScript(): string | undefined;
export declare class DetectPool {
    private readonly spec;
    private readonly script;
    private readonly timeoutMs;
    private readonly slots;
    private nextId;
    private closing;
    private respawns;
    /** Pieces finished by workers that have been replaced. */
    private retiredPieces;
    /** The clock reading that workers' progress times count from. */
    private readonly epoch;
    /** `timeoutMs` is the budget for each piece of an item (0: none). */
    constructor(size: number, spec: RuleSpec, script: string, timeoutMs?: number);
    /** True once every worker has built its rules and can take work without a start-up delay. */
    get ready(): boolean;
    /** Pieces the workers have finished so far (the ends that restart the budget). */
    get heartbeats(): number;
    /** Batches queued or running. */
    get inFlight(): number;
    /**
     * Scans a batch on the least-busy worker. Never rejects: items that could not be scanned are problems in
     * the outcome. `items` is left as given (the pool's copy of the list loses an item it blames).
     */
    run(items: ScanItem[]): Promise<BatchOutcome>;
    close(): Promise<void>;
    private spawn;
    /** Sends the unfinished part of a batch; indices in the answers count from the batch's start. */
    private post;
    private itemsDone;
    private finish;
    /** Reports every remaining item of a batch as not scanned and settles it. */
    private abandon;
    /** (Re)starts the per-piece budget timer of a worker that is working. */
    private arm;
    /** When the piece in progress started: the worker's stamp, or when the pool last heard from it if later. */
    private pieceStarted;
    /**
     * A worker is gone (crashed, or stopped for overrunning its budget): the item it was inside is blamed
     * (none when it died between items or before it was ready), and a new worker gets the rest, including
     * the items it had scanned but not yet answered for.
     */
    private replace;
    /** Item `index` of the batch is reported as not scanned, and taken out of what is still to scan. */
    private blame;
}
