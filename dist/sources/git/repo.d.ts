/** Facts about the repository that contains a path. */
export interface RepoInfo {
    /** Absolute path of the working tree's top level (undefined for a bare repository). */
    top?: string;
    gitDir: string;
    /** The git directory all of its worktrees share (refs, reflogs, objects): gitDir unless this is a linked worktree. */
    commonDir?: string;
    shallow: boolean;
    bare: boolean;
    /**
     * Set when the top's `.git` is a file (or link) naming a git directory outside the tree that does not
     * link back to it: a planted pointer that would make git describe another repository's files.
     */
    untrustedLink?: string;
}
/** Repository facts for `dir`, or undefined when `dir` is not inside a git repository (asked once per directory). */
export declare function findRepo(dir: string): Promise<RepoInfo | undefined>;
/**
 * The repository with a working tree around one that has none, or undefined. Git finds no top inside a
 * .git folder (the same repository, its gitDir the same) or in a bare repository, whose files can be
 * committed like any others: a pull request can plant one in a folder, and a history scan of that
 * folder would then read the planted history instead of the real one (git's safe.bareRepository=explicit
 * refuses such repositories too). Both its own folder and the one its objects and refs live in are
 * looked around, past any bare repository above them: the planted files choose the second (`commondir`)
 * and can nest one bare repository in another.
 */
export declare function enclosingRepo(repo: RepoInfo): Promise<RepoInfo | undefined>;
/** True when git ignores `dir` itself (e.g. a build folder the user asked to scan explicitly). */
export declare function isIgnored(cwd: string, path: string): Promise<boolean>;
/** What `git ls-files` says about the working tree under the cwd. */
export interface WorktreeListing {
    /** Tracked regular files and symlinks, relative to the cwd, raw bytes. */
    tracked: Buffer[];
    /** Tracked entries that are submodules (gitlinks). */
    gitlinks: Buffer[];
    /** Tracked files deleted from the working tree (not an error to miss them). */
    deleted: Set<string>;
    /** Untracked files that are not ignored. */
    untracked: Buffer[];
    /**
     * Untracked files git ignores: each one when asked for them all, else as git lists them with
     * `--directory` (a folder whose whole content is ignored once, with a trailing slash, not walked).
     */
    ignored: Buffer[];
    /**
     * Directories git could not open while looking for untracked files (it only warns and exits 0),
     * relative to the repository top, with git's reason. Whatever they hold was not listed.
     */
    unreadableDirs: Array<{
        path: string;
        reason: string;
    }>;
}
/**
 * Lists tracked, deleted, untracked and ignored files under `dir` (every ignored file when `allIgnored`).
 * Two git processes, not four: one listing tags each entry (`-t`): `?` untracked, `R` deleted from the
 * working tree (listed again, as well as under its index tag), any other tag an index entry.
 */
export declare function listWorktree(dir: string, allIgnored?: boolean): Promise<WorktreeListing>;
