import { type BaseTree } from '../config/gather';
import type { TreeView } from '../config/load';
import { type DataReader } from '../suppress/locate';
import type { HeadSuppressions } from '../suppress/self-suppression';
import { type DataFile } from '../sources/data-file';
import { type CliIO } from './io';
import type { RunSetup } from './setup';
/** One commit's tree, read lazily and cached, shown as "abc123def456:path". */
export declare class RevisionTree implements BaseTree {
    readonly top: string;
    readonly commit: string;
    private readonly cache;
    constructor(top: string, commit: string);
    /** Reads the paths not read yet and returns a view over everything read so far. */
    view(paths: string[]): Promise<TreeView>;
    /** The bytes of one file at this commit, or undefined when it is not a file there. */
    file(path: string): Promise<Buffer | undefined>;
    shown(path: string): string;
}
/** The two ends of an untrusted range. */
export interface UntrustedRange {
    base: RevisionTree;
    head: RevisionTree;
}
/** Resolves both ends of `A..B`; the base must be named (an open range has no trusted side). */
export declare function untrustedRange(top: string, range: string): Promise<UntrustedRange>;
/**
 * Reads the repository's data files (ignore file, baseline). With --untrusted-head, a file inside the
 * repository is read from the base revision, whoever named it (the default search or a flag): the
 * head may have rewritten it. Elsewhere, and in every other mode, from disk.
 */
export declare class RepositoryFiles {
    private readonly io;
    private readonly setup;
    private readonly warnings;
    constructor(io: CliIO, setup: RunSetup, warnings: string[]);
    /** The file at `abs`, or undefined when it does not exist (an error when `required`); `what` names it in errors. */
    read(abs: string, required: boolean, tree?: RevisionTree | undefined, what?: string): Promise<DataFile | undefined>;
    /** A reader for the suppression search (suppress/locate.ts), from `tree` (the base by default) where it applies. */
    reader(tree?: RevisionTree): DataReader;
}
/** What the head of the range would suppress for itself: its own ignore file and config, read leniently. */
export declare function headSuppressions(io: CliIO, setup: RunSetup, target: string, flags: {
    config?: string;
    ignoreFile?: string;
}): Promise<HeadSuppressions>;
