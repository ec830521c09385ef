/** One entry of a commit's tree: a blob's bytes, or the fact that it is a tree (a directory) or something else. */
export type RevisionEntry = {
    kind: 'file';
    bytes: Buffer;
} | {
    kind: 'directory';
} | {
    kind: 'other';
};
/** Reads `paths` (relative to the repository top, "/"-separated) at `commit`; absent paths are left out. */
export declare function readAtRevision(cwd: string, commit: string, paths: string[]): Promise<Map<string, RevisionEntry>>;
