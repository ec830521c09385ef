import type { RepoInfo } from './git/repo';
import { type GitResult } from './git/run';
import type { PathPolicy, ScanLedger, Source, SourceFragment } from './types';
/** Options for a staged scan. */
export interface StagedOptions {
    repo: RepoInfo & {
        top: string;
    };
    maxFileSize: number;
    /** Which paths are read (allowlists, lockfiles). */
    policy: PathPolicy;
    /** `git diff-index` already started by startIndexDiff (so it ran while the rules loaded). */
    indexDiff?: Promise<GitResult>;
    /**
     * Files and folders (relative to the top, "/"-separated; "" is the whole repository) whose staged
     * versions to scan whether or not they changed: what the pre-commit framework passes, and with
     * `--all-files` that is every file, committed secrets included. Without it, the staged changes.
     */
    paths?: string[];
}
/**
 * Starts the index-against-HEAD diff from any folder of the repository (its paths are relative to the
 * top either way), so the pre-commit check can run git while it loads its rules.
 */
export declare function startIndexDiff(dir: string): Promise<GitResult>;
/**
 * Scans the staged changes (index against HEAD, or the whole index before the first commit).
 * @lazy loaded with require() by cli/source-select.ts, which knip does not follow
 */
export declare class StagedSource implements Source {
    private readonly options;
    readonly kind: "staged";
    constructor(options: StagedOptions);
    items(ledger: ScanLedger): AsyncGenerator<SourceFragment>;
    /** The index entries to scan: the named paths' entries, or the staged changes. */
    private entries;
    /**
     * Index entries of the named files and folders, matched literally (no globbing) against the whole
     * index listing: no pathspec magic, and no argument-length limit however many files are named.
     */
    private namedEntries;
    /** Added, modified and type-changed index entries. */
    private changedEntries;
    private add;
}
