import type { FileRef, PathPolicy, ScanLedger, Source } from './types';
/** Options for a working-tree scan. */
export interface WorktreeOptions {
    maxFileSize: number;
    /** Which paths are read (allowlists, lockfiles). */
    policy: PathPolicy;
    /** Outside git, honour .gitignore files (--respect-gitignore); what they exclude is listed as skipped. */
    gitignore?: boolean;
    /** Scan what .gitignore files exclude, inside git and out (--include-ignored; wins over `gitignore`). */
    includeIgnored?: boolean;
}
/** Scans the files under a directory (or one file). */
export declare class WorktreeSource implements Source {
    private readonly options;
    readonly kind: "worktree";
    private readonly root;
    private readonly single?;
    private listed?;
    constructor(target: string, options: WorktreeOptions);
    /** The directory paths in findings are relative to. */
    get rootDir(): string;
    items(ledger: ScanLedger): AsyncGenerator<FileRef>;
    progressTotal(): number | undefined;
    private ref;
    private list;
}
