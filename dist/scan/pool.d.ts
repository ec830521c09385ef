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
/** The compiled worker script, or undefined when running from TypeScript sources without a build. */
export declare function workerScript(): string | undefined;
export declare class DetectPool {
    private readonly spec;
    private readonly script;
    private readonly timeoutMs;
    private readonly slots;
    private nextId;
    private closing;
    private respawns;
    private beats;
    /** `timeoutMs` is the budget for each piece of an item (0: none). */
    constructor(size: number, spec: RuleSpec, script: string, timeoutMs?: number);
    /** True once every worker has built its rules and can take work without a start-up delay. */
    get ready(): boolean;
    /** Heartbeats received so far (one per piece scanned). */
    get heartbeats(): number;
    /** Batches queued or running. */
    get inFlight(): number;
    /** Scans a batch on the least-busy worker. Never rejects: items that could not be scanned are problems in the outcome. */
    run(items: ScanItem[]): Promise<BatchOutcome>;
    close(): Promise<void>;
    private spawn;
    /** Sends the unfinished part of a batch; indices in the answers count from the batch's start. */
    private post;
    /** A piece of the item in progress is done: its budget starts again. */
    private heartbeat;
    private itemDone;
    private finish;
    /** Reports every remaining item of a batch as not scanned and settles it. */
    private abandon;
    /** (Re)starts the per-piece budget timer of a worker that is working. */
    private arm;
    /**
     * A worker is gone (crashed, or stopped for overrunning its budget): the item it was on is blamed,
     * unless it died before it was ready (then nothing had started), and a new worker gets the rest.
     */
    private replace;
    private blame;
}
