import { type TreeView } from './load';
import { type TrustFlags } from './trust';
import type { ConfigLayer } from './types';
/** The repository's files at the base revision of an untrusted range. */
export interface BaseTree {
    /** Reads paths (relative to the repository top) at the base revision. */
    view(paths: string[]): Promise<TreeView>;
    /** How a path at the base revision is shown: "abc123def456:path". */
    shown(path: string): string;
}
/** Where one run's configs come from. */
export interface GatherOptions {
    env: NodeJS.ProcessEnv;
    cwd: string;
    /** Absolute path of the scanned directory or file. */
    target: string;
    /** Top of the (trusted) repository holding the target, if any. */
    repoTop?: string;
    /** Absolute path given with --config. */
    explicit?: string;
    /** Set with --untrusted-head. */
    base?: BaseTree;
    flags: TrustFlags;
}
/** The configs of a run: trusted layers (user directory, then --config) and the repository's. */
export interface GatheredConfigs {
    trusted: ConfigLayer[];
    repo?: ConfigLayer;
    warnings: string[];
}
/** A path relative to `top` when it lies inside it ("/"-separated; "" for the top itself), else undefined. */
export declare function insideRepo(top: string | undefined, path: string): string | undefined;
/** Directories from the target up to the repository top, relative to the top ("" is the top). */
export declare function dirsUpTo(top: string, target: string): string[];
/** Reads every config layer of a run and validates them together: every problem of every file in one error. */
export declare function gatherConfigs(o: GatherOptions): Promise<GatheredConfigs>;
