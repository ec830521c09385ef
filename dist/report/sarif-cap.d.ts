import type { ReportedFinding } from './model';
/** GitHub code scanning accepts at most this many results per run. */
export declare const SARIF_MAX_RESULTS = 25000;
/** Results of one file kept before any file gets more: a file full of decoys cannot take every slot. */
export declare const SARIF_PER_FILE = 1000;
/** What was left out of the run, and why. */
export interface SarifOverflow {
    omitted: number;
    /** Left-out results by kind: checksum-invalid lookalikes, verified-inactive secrets, the rest. */
    byKind: {
        checksumInvalid: number;
        inactive: number;
        other: number;
    };
    /** Files that had more than SARIF_PER_FILE results, with how many of theirs were left out (at most 20). */
    crowdedFiles: Array<{
        path: string;
        omitted: number;
    }>;
}
/**
 * The findings that fit in one run, in report order. Past GitHub's limit they are ranked by validity,
 * then severity (stable within a rank), and taken in two passes: first at most SARIF_PER_FILE per
 * file, then whatever room is left in rank order. A flood of lookalikes, or of anything in one file,
 * cannot push a real secret elsewhere out of the run.
 */
export declare function keptResults(all: ReportedFinding[]): {
    kept: ReportedFinding[];
    overflow: SarifOverflow;
};
/** What was left out, in words: counts by kind, never paths (those are in the run's properties). */
export declare function overflowText(o: SarifOverflow): string;
/** The line the summary on stderr gets when results were left out of the SARIF run. */
export declare function overflowWarning(total: number, o?: SarifOverflow): string | undefined;
