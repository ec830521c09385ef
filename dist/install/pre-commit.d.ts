/** What install-hook did. */
export interface InstallResult {
    file: string;
    action: 'created' | 'added' | 'updated' | 'already-installed' | 'wrapped';
    husky: boolean;
    /** The husky setup command --init ran, when it ran one. */
    initialised?: string;
}
/** What install-hook was asked to do. */
export interface InstallOptions {
    /** Take over a hook that is not a shell script (kept as pre-commit.orig). */
    force?: boolean;
    /** Set husky up (run the project's husky) when it is listed but not set up. */
    init?: boolean;
    /** Environment for git and husky (HOME decides the global git config). */
    env?: NodeJS.ProcessEnv;
}
/** True when the project uses husky: a .husky folder, or husky among package.json dependencies. */
export declare function usesHusky(top: string): boolean;
/**
 * Installs the hook for the repository containing `dir`.
 * @lazy loaded with require() by cli/commands/install-hook.ts, which knip does not follow
 */
export declare function installPreCommit(dir: string, options?: InstallOptions): Promise<InstallResult>;
