/**
 * One scan from flags to suppressed findings: the shared core of `scan`, `baseline create` and other
 * commands that scan. Suppressions apply in order: allowlists and inline markers (in the engine), the
 * ignore file, then the baseline; each mechanism's count ends up in the summary.
 */
import { type CliIO } from './io';
import { Command } from 'commander';
import { IdentityCache } from '../engine/identity';
import type { ScanResult } from '../sources/types';
import { type Severity } from '../rules/types';
import { type RunSetup, type SetupFlags } from './setup';
import { type ModeFlags, type ScanMode } from './source-select';
import { type SuppressFlags } from './suppress';
/** Flags every scanning command accepts. */
export interface ScanRunFlags extends ModeFlags, SetupFlags, SuppressFlags {
    threads?: string;
    /** Outside git, honour .gitignore files (--respect-gitignore). */
    respectGitignore?: boolean;
    quiet?: boolean;
    timeoutPerFile?: string;
    /** Print every generic decision with its score and reasons (stderr). */
    explain?: boolean;
    /** Lowest severity reported (default low: info-level identifiers are public by design). */
    minSeverity?: Severity;
    /** With --staged: report only findings on lines the commit adds. */
    onlyAddedLines?: boolean;
}
/** A finished scan with its suppressions applied. */
export interface ScanOutcome {
    result: ScanResult;
    setup: RunSetup;
    mode: ScanMode;
    /** Absolute root the finding paths are relative to (the repository top for git scans). */
    root?: string;
    /** The run's secret identities (to match more secrets the same way, e.g. a baseline migration). */
    identities: IdentityCache;
}
/** Default for --timeout-per-file. */
export declare const DEFAULT_TIMEOUT_PER_FILE = "30s";
/** Parses --timeout-per-file: "30s", "500ms", "2m", or plain seconds; 0 turns the budget off. */
export declare function parseTimeout(value: string): number;
/** Adds the scan-shaping options to a command. */
export declare function addScanOptions(cmd: Command): Command;
/** Runs a scan and applies every suppression mechanism. */
export declare function performScan(io: CliIO, pathArg: string, flags: ScanRunFlags, options: {
    useBaseline: boolean;
    network?: boolean;
    runHooks?: boolean;
}): Promise<ScanOutcome>;
