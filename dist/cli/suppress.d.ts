import type { ScanResult } from '../sources/types';
import { type CliIO } from './io';
import type { RunSetup } from './setup';
import { RepositoryFiles, type DataFile } from './untrusted-head';
/** The suppression flags of every scanning command. */
export interface SuppressFlags {
    ignoreFile?: string;
    reportStaleIgnores?: boolean;
    baseline?: string;
    /** --config, for what the head of an untrusted range would suppress. */
    config?: string;
}
/**
 * The baseline to use: --baseline, else the config's `baseline` (relative to the config file, and an
 * error when missing: a named file that is not there would silently report everything), else
 * .tokenguard-baseline.json at the target or repository root when it exists. A config in the scanned
 * tree is repository data: it may name a baseline inside the repository (or the scanned folder), not
 * elsewhere on the machine.
 */
export declare function baselineFile(io: CliIO, target: string, setup: RunSetup, files: RepositoryFiles, flag: string | undefined, warnings: string[]): Promise<DataFile | undefined>;
/**
 * Applies the ignore file and (when `useBaseline`) the baseline, settles inline markers against the base
 * of an untrusted range, and records what each mechanism suppressed.
 */
export declare function applySuppressions(io: CliIO, target: string, setup: RunSetup, flags: SuppressFlags, result: ScanResult, useBaseline: boolean): Promise<void>;
