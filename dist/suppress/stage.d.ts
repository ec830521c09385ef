/**
 * The suppression stage after detection, one for the CLI and the library (runScan's `suppress`
 * option), so both report the same findings: the ignore file, then the baseline, over findings whose
 * identities are set. Allowlists and inline markers act earlier, in the engine; their counts come from
 * the scan's drop counts. Where the files come from (disk, or the base revision of an untrusted range)
 * is the caller's business: the stage takes their text.
 */
import type { Finding } from '../engine/finding';
import type { IdentityScheme } from '../engine/identity';
import { type Severity } from '../rules/types';
import type { DataFile } from '../sources/data-file';
import type { ScanResult } from '../sources/types';
/** What the stage applies. */
export interface StageInputs {
    ignoreFile?: DataFile;
    baseline?: DataFile;
    /** Warn about ignore-file entries that matched nothing (--report-stale-ignores). */
    reportStaleIgnores?: boolean;
    /** How the findings' identities were computed: a baseline written another way is an error, not a silent miss. */
    identity: IdentityScheme;
}
/** What the stage kept, what each mechanism removed, and what it has to say (never a value). */
export interface StageOutcome {
    findings: Finding[];
    counts: {
        ignoreFile: number;
        baseline: number;
    };
    warnings: string[];
}
/** Drops the findings the ignore file and then the baseline accept. */
export declare function suppress(findings: Finding[], inputs: StageInputs): StageOutcome;
/**
 * Runs the stage on a scan result: keeps what it keeps, records every mechanism's count (the engine's
 * allowlist and inline drops, plus `settledInline` that the CLI's untrusted-range check dropped) for the
 * summary, and adds its warnings to the ledger's.
 */
export declare function applyStage(result: ScanResult, inputs: StageInputs, settledInline?: number): void;
/** Default lowest severity reported: `info` rules find identifiers that are public by design (publishable keys, SIDs). */
export declare const DEFAULT_MIN_SEVERITY: Severity;
/** Drops findings below `min`, counting them in the ledger's notes so the summary can say so. */
export declare function dropBelowSeverity(result: ScanResult, min: Severity): void;
