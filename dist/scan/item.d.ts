import type { DropCounts } from '../engine/detect';
import type { Finding } from '../engine/finding';
import type { Origin } from '../engine/fragment';
import type { RuleSet } from '../engine/ruleset';
import { type LedgerSink, type ScanItem, type ViewFragment } from '../sources/types';
/** The problem text for an item abandoned because one piece of it overran `--timeout-per-file`. */
export declare function timeoutMessage(timeoutMs: number): string;
/** The time budget of one item: `timeoutMs` per piece (0: none), and a call after each piece (the worker stamps its end). */
export interface PieceBudget {
    timeoutMs?: number;
    onPiece?: () => void;
    /** The clock (ms); tests pass a scripted one. */
    now?: () => number;
    /** TOKENGUARD_TEST_STALL_PIECE as read once for the scan ('' when unset); undefined: read at each piece. */
    stallHook?: string;
}
/**
 * Reads the item if it is a file reference, then runs the engine on each of its fragments (16 MiB pieces
 * of a file). `--timeout-per-file` applies to each piece, reading included, so a file of any size
 * can be scanned as long as every piece of it is quick. A running piece cannot be interrupted here: in a
 * worker the pool enforces the budget by stopping the thread (the end of each piece, stamped in memory
 * the pool shares, re-arms its timer); on the main thread a file is abandoned before its next piece once a piece has overrun: listed
 * as skipped for "timeout" and reported as not scanned.
 */
export declare function scanItem(item: ScanItem, ruleSet: RuleSet, sink: LedgerSink, dropped: DropCounts, budget?: PieceBudget): Finding[];
/** The engine on one fragment, with findings of a view put back at their place in the file. */
export declare function analyzeView(fragment: ViewFragment, ruleSet: RuleSet, dropped?: DropCounts): Finding[];
/** Findings in a whole file's bytes, read the way a scan reads them (for re-detection, e.g. `revoke`). */
export declare function analyzeContent(bytes: Buffer, path: string, origin: Origin, ruleSet: RuleSet): Finding[];
/** The path an item reports under. */
export declare function itemPath(item: ScanItem): string;
/** Where an item comes from (its commit, for history). */
export declare function itemOrigin(item: ScanItem): Origin;
