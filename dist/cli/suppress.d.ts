import type { ScanResult } from '../sources/types';
import { type CliIO } from './io';
import type { RunSetup } from './setup';
/** The suppression flags of every scanning command. */
export interface SuppressFlags {
    ignoreFile?: string;
    reportStaleIgnores?: boolean;
    baseline?: string;
    /** --config, for what the head of an untrusted range would suppress. */
    config?: string;
}
/**
 * Runs the suppression stage (suppress/stage.ts) with the files found as suppress/locate.ts finds them,
 * read through RepositoryFiles (from the base revision with --untrusted-head). Before it, inline markers
 * are settled against the base of an untrusted range; after it, what the head would have suppressed for
 * itself is noted on the findings. The baseline applies when `useBaseline` (not to `baseline create`).
 */
export declare function applySuppressions(io: CliIO, target: string, setup: RunSetup, flags: SuppressFlags, result: ScanResult, useBaseline: boolean): Promise<void>;
