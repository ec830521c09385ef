import { Command } from 'commander';
import { type Report } from '../../report/model';
import { type ReportFormat } from '../../report/types';
import type { CliContext } from '../main';
import { type CliIO } from '../io';
import { type ScanRunFlags } from '../scan-run';
import type { ScanMode } from '../source-select';
import { type VerifyFlags } from '../verify-run';
import type { HookRun } from '../../hooks/rotate';
/** Flags of `tokenguard scan`, as commander hands them over. */
export interface ScanFlags extends ScanRunFlags, VerifyFlags {
    format: ReportFormat;
    output?: string;
    color: boolean;
    showSecrets?: boolean;
}
export declare function registerScan(program: Command, ctx: CliContext): void;
export declare const SARIF_SECRETS_WARNING = "tokenguard: warning: --show-secrets writes every raw secret into the SARIF report; uploaded to GitHub code scanning, they are stored there and shown to everyone who can read its alerts";
/** Runs a scan and writes its report; resolves to the exit code. */
export declare function scanCommand(io: CliIO, paths: string[], flags: ScanFlags): Promise<number>;
/** Writes the report where asked and the summary to stderr. */
export declare function emitReport(io: CliIO, full: Report, flags: Pick<ScanFlags, 'format' | 'output' | 'color' | 'quiet'>, mode: ScanMode, hooks?: HookRun[]): Promise<void>;
/** 2 when anything could not be scanned, else 1 for findings, else 0. */
export declare function exitCodeFor(report: Report): number;
