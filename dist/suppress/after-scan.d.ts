import type { Severity } from '../rules/types';
import type { ScanResult } from '../sources/types';
/** runScan's `suppress` option: the library's way to get the findings the CLI reports. */
export interface SuppressOptions {
    /** The scanned folder (or file): .tokenguardignore and .tokenguard-baseline.json are looked for here first. */
    target: string;
    /** The repository's top folder, looked in next; found with git when not given (as the CLI does). */
    repoTop?: string;
    /** An ignore file (absolute path) instead of the search (--ignore-file). */
    ignoreFile?: string;
    /** A baseline (absolute path; an error when missing) instead of the search (--baseline, or the config's `baseline`); false: none. */
    baseline?: string | false;
    /** Warn about ignore-file entries that matched nothing (--report-stale-ignores). */
    reportStaleIgnores?: boolean;
    /** The key for secret identities (TOKENGUARD_HASH_KEY); without one, identities are public, as in the CLI without one. */
    hashKey?: Buffer;
    /** Lowest severity kept; `low` by default, as in the CLI (--min-severity). */
    minSeverity?: Severity;
}
/** Applies the CLI's post-scan steps to a finished scan (see SuppressOptions). */
export declare function suppressScan(result: ScanResult, options: SuppressOptions): Promise<void>;
