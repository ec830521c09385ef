import type { DataFile } from '../sources/data-file';
/** Reads a data file by absolute path: undefined when it is not there and not `required`; `what` names it in errors. */
export type DataReader = (abs: string, required: boolean, what?: string) => Promise<DataFile | undefined>;
/** Where to look. */
export interface SuppressionSearch {
    /** The scanned folder (or file). */
    target: string;
    /** The repository's top folder, looked in after the target. */
    repoTop?: string;
    /** A named ignore file (absolute) instead of the search; one that is not there means none. */
    ignoreFile?: string;
    /** A named baseline (absolute) instead of the search; one that is not there is an error. */
    baseline?: string;
}
/** The ignore file: the named one, else the first .tokenguardignore at the target or the repository root. */
export declare function findIgnoreFile(search: SuppressionSearch, read: DataReader): Promise<DataFile | undefined>;
/** The baseline: the named one, else the first .tokenguard-baseline.json at the target or the repository root. */
export declare function findBaseline(search: SuppressionSearch, read: DataReader): Promise<DataFile | undefined>;
