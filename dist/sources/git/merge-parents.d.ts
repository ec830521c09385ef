/** A file at a commit: the commit id and the path's raw bytes. */
export interface VersionQuery {
    commit: string;
    path: Buffer;
}
/**
 * The blob id at each `<commit>:<path>`, in order; undefined where the path is not a blob there (or holds
 * a newline, which the batch protocol cannot carry: the secret is then reported at the merge, as before).
 */
export declare function versionsAt(cwd: string, queries: readonly VersionQuery[]): Promise<Array<string | undefined>>;
