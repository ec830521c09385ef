import type { Report } from './model';
/**
 * The directory repository paths are relative to: the git top-level holding the scanned root, else
 * GITHUB_WORKSPACE when it holds it, else the scanned root itself.
 */
export declare function repositoryRoot(root: string | undefined, repoTop: string | undefined, env: NodeJS.ProcessEnv): string | undefined;
/** A report path (relative to the scanned root) as a path relative to the repository root, "/"-separated. */
export declare function repoPath(report: Pick<Report, 'root' | 'repoRoot'>, path: string): string;
/** SARIF's %SRCROOT%: the repository root, as an absolute file URI ending in "/" when it is known. */
export declare function srcRoot(report: Pick<Report, 'repoRoot'>): {
    uri?: string;
    description: {
        text: string;
    };
};
