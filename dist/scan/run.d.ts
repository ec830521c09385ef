import type { Finding } from '../engine/finding';
import type { Explanation } from '../engine/generic';
import { type RuleSpec } from '../rules/registry';
import { ScanLedger, type ScanResult, type Source } from '../sources/types';
import { type SuppressOptions } from '../suppress/after-scan';
/** How to run detection. */
export interface ScanOptions {
    spec: RuleSpec;
    /** Worker threads; 0 keeps everything on the main thread. Defaults to the source's choice, else the number of cores. */
    threads?: number;
    /** Bytes scanned on the main thread before workers start. */
    inlineBytes?: number;
    /**
     * Time budget in ms for each piece of an item (a fragment, or 16 MiB of a file; 0 or undefined: none).
     * An item with a piece that overruns it is listed as skipped for "timeout" and makes the scan
     * incomplete; in a worker it is enforced by stopping the thread.
     */
    timeoutMs?: number;
    /** --explain: collects every generic decision (forces the main thread). */
    explain?: Explanation[];
    /** Called as work completes (progress display). */
    onProgress?: (ledger: ScanLedger) => void;
    /**
     * Report what `tokenguard scan` reports: drop severities below the minimum, compute identities and
     * fingerprints, and apply the ignore file and baseline found as the CLI finds them. Without it the
     * findings are the engine's (allowlists and inline markers applied, no identities yet).
     */
    suppress?: SuppressOptions;
}
/** Scans every item of `source`; problems become ledger entries, never exceptions, so partial results survive. */
export declare function runScan(source: Source, options: ScanOptions): Promise<ScanResult>;
/** Stable report order: path, position, rule. */
export declare function sortFindings(findings: Finding[]): Finding[];
