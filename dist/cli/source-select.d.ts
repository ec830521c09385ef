import type { Finding } from '../engine/finding';
import type { GitResult } from '../sources/git/run';
import type { Source } from '../sources/types';
import type { RunSetup } from './setup';
/** What a scan reads. */
export type ScanMode = 'worktree' | 'stdin' | 'staged' | 'history';
/** The mode-related flags of `tokenguard scan`. */
export interface ModeFlags {
    stdin?: boolean;
    stdinName?: string;
    staged?: boolean;
    history?: boolean;
    allObjects?: boolean;
    since?: string;
    range?: string;
    respectGitignore?: boolean;
    includeIgnored?: boolean;
    /** With --staged: the files and folders (as given, relative to the working directory) to scan the staged versions of. */
    stagedPaths?: string[];
}
/** Decides the mode from the flags; contradictory flags are a usage error naming them. */
export declare function scanMode(pathArg: string, flags: ModeFlags): ScanMode;
/** Git work started before the source is built (see startEarlyGit). */
export interface EarlyGit {
    indexDiff?: Promise<GitResult>;
}
/**
 * For the pre-commit check: starts `git diff-index` at once, so git works while the config and rules
 * load; the source picks it up. Other modes start nothing.
 */
export declare function startEarlyGit(mode: ScanMode, target: string): EarlyGit;
/** A source plus what to do with its findings once the scan is over. */
export interface SelectedSource {
    source: Source;
    /** Adds provenance the source only knows at the end (history attribution). */
    enrich(findings: Finding[]): void;
}
/**
 * The part of the repository a history scan covers: the scanned path relative to the repository top,
 * or undefined for the whole repository (a scan from the top). `scan services/api --range A..B` reads
 * only what those commits changed under services/api, as the worktree scan of that folder would.
 */
export declare function subtreeOf(top: string, target: string, flags: ModeFlags): string | undefined;
/** Builds the source for a mode; `stdin` is called only for a stdin scan. */
export declare function selectSource(mode: ScanMode, target: string, flags: ModeFlags, setup: RunSetup, stdin: () => NodeJS.ReadableStream, early?: EarlyGit): Promise<SelectedSource>;
