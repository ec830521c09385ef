/** Where core.hooksPath comes from, when it is set. */
export interface HooksPathSetting {
    /** As written in the config ("~/.githooks", ".husky/_"). */
    value: string;
    /** git's scope name: system, global, local, worktree. */
    scope: string;
    /** The file that sets it ("/home/u/.gitconfig", ".git/config"). */
    origin: string;
}
/** Where a repository keeps its pre-commit hook. */
export interface HookLocation {
    top: string;
    /** The repository's git directory, absolute. */
    gitDir: string;
    /** The hooks directory git uses (core.hooksPath honoured), absolute. */
    hooksDir: string;
    /** core.hooksPath and where it is set; undefined when unset. */
    hooksPath?: HooksPathSetting;
}
/** The repository containing `dir` and where git looks for its hooks, asked with `env` (HOME decides the global config). */
export declare function hookLocation(dir: string, env?: NodeJS.ProcessEnv): Promise<HookLocation>;
