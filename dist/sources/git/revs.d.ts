import { BlobTable } from './blob-table';
/** Which commits a history scan walks. */
export type RevSelection = {
    kind: 'all';
} | {
    kind: 'since';
    rev: string;
} | {
    kind: 'range';
    range: string;
};
/** Arguments and stdin revisions for `git log`. */
export interface LogRevs {
    args: string[];
    stdin: string[];
}
/** Resolves a user-given revision to a commit id; an unknown one is a usage error naming the flag. */
export declare function verifyCommit(cwd: string, rev: string, flag: string): Promise<string>;
/** Turns a selection into log revisions: everything, everything not reachable from REV, or A..B. */
export declare function resolveRevs(cwd: string, sel: RevSelection): Promise<LogRevs>;
/** Blob ids in HEAD's tree (empty when HEAD has no commit yet). */
export declare function headBlobs(cwd: string): Promise<BlobTable>;
/** Every stash entry, not just the newest (older ones live only in refs/stash's reflog). */
export declare function stashReflog(cwd: string, commonDir?: string): Promise<string[]>;
/** Objects no ref or reflog reaches: dangling commits and orphaned blobs. */
export declare function unreachableObjects(cwd: string): Promise<{
    commits: string[];
    blobs: string[];
}>;
/** An object a ref points at directly (peeled through annotated tags), when it is a blob or a tree. */
export interface RefTarget {
    ref: string;
    id: string;
    type: 'blob' | 'tree';
}
/** Refs (tags included) whose target is a blob or a tree rather than a commit: no commit walk reaches them. */
export declare function refTargets(cwd: string): Promise<RefTarget[]>;
/** The blobs of a tree, recursively, with their paths (symlinks and submodules left out). */
export declare function treeBlobs(cwd: string, tree: string): Promise<Array<{
    id: string;
    path: string;
}>>;
