/** `tokenguard scan`: the main job. */
import { relative } from 'node:path';
import { Command, Option } from 'commander';
import { ExitCode, UsageError } from '../../errors';
import { reporterFor } from '../../report';
import { repositoryRoot } from '../../report/locations';
import { buildReport, type Report } from '../../report/model';
import { summaryLines } from '../../report/summary';
import { REPORT_FORMATS, type ReportFormat } from '../../report/types';
import { stagedGuidance } from '../guidance';
import { scrubMessage } from '../scrub';
import type { CliContext } from '../main';
import { resolveIn, type CliIO } from '../io';
import { appendFileSync } from 'node:fs';
import { annotationLines, logLines, stepSummary } from '../../report/ci';
import { addScanOptions, performScan, type ScanRunFlags } from '../scan-run';
import { styleFor, writeOutput } from '../setup';
import type { ScanMode } from '../source-select';
import { addVerifyOptions, AuditLog, hookStep, verifyStep, type VerifyFlags } from '../verify-run';
import type { HookRun } from '../../hooks/rotate';

/** Flags of `tokenguard scan`, as commander hands them over. */
export interface ScanFlags extends ScanRunFlags, VerifyFlags {
  format: ReportFormat;
  output?: string;
  color: boolean;
  showSecrets?: boolean;
}

export function registerScan(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('scan')
    .description('Scan a directory or file (default: the current directory), standard input, the git index, or git history.')
    .argument(
      '[paths...]',
      'directory or file to scan (default "."), or "-" for standard input; with --staged, files and folders whose staged versions to scan, changed or not (as the pre-commit framework passes them)',
    );
  addVerifyOptions(addScanOptions(cmd))
    .option('--run-hooks', 'run the rotate hooks of the trusted configs (commands and webhooks); a config in the scanned tree needs --trust-repo-config')
    .addOption(new Option('-f, --format <format>', 'report format').choices([...REPORT_FORMATS]).default('text'))
    .option('-o, --output <file>', 'write the report to a file; a short summary still goes to stderr')
    .option('--no-color', 'plain text output even on a terminal')
    .option('--show-secrets', 'print secrets in full (they are redacted by default everywhere)')
    .addHelpText('after', '\nExit codes: 0 no findings, 1 findings, 2 error or incomplete scan.')
    .action(async (paths: string[], flags: ScanFlags) => {
      ctx.exitCode = await scanCommand(ctx.io, paths, flags);
    });
}

export const SARIF_SECRETS_WARNING =
  'tokenguard: warning: --show-secrets writes every raw secret into the SARIF report; uploaded to GitHub code scanning, they are stored there and shown to everyone who can read its alerts';

/**
 * Several paths only make sense with --staged (the staged versions of the files pre-commit names); the
 * repository and config are then found from the working directory, as for a plain --staged.
 */
function pathsFor(paths: string[], flags: ScanFlags): { pathArg: string; stagedPaths?: string[] } {
  if (flags.staged) return { pathArg: '.', stagedPaths: paths.length > 0 ? paths : undefined };
  if (paths.length > 1) throw new UsageError(`one directory or file at a time (got ${paths.length}); with --staged, any number of files is scanned in their staged versions`);
  return { pathArg: paths[0] ?? '.' };
}

/** Runs a scan and writes its report; resolves to the exit code. */
export async function scanCommand(io: CliIO, paths: string[], flags: ScanFlags): Promise<number> {
  const { pathArg, stagedPaths } = pathsFor(paths, flags);
  // SARIF carries each rule's description, help and references; other formats do without them.
  const { result, setup, mode, root } = await performScan(
    io,
    pathArg,
    { ...flags, stagedPaths, docs: flags.format === 'sarif' },
    { useBaseline: true, network: flags.verify === true, runHooks: flags.runHooks === true },
  );
  const audit = new AuditLog(flags.auditLog);
  result.findings = await verifyStep(result.findings, flags, setup.settings.verify, setup.rules, audit);
  const hooks = await hookStep(result.findings, flags, setup.settings.hooks, setup.settings.repoHooksSetAside, audit);
  const report = buildReport(result, setup.rules, flags.showSecrets === true, root);
  report.repoRoot = repositoryRoot(root, setup.repo?.top, io.env);
  // Printed even with --quiet: the file is meant for upload, and GitHub keeps what it is given.
  if (flags.showSecrets && flags.format === 'sarif') io.stderr.write(`${SARIF_SECRETS_WARNING}\n`);
  await emitReport(io, report, flags, mode, hooks);
  return hooks.some((h) => !h.ok) ? ExitCode.Error : exitCodeFor(report);
}

/** Skips that cannot hide a secret from the pre-commit check: routine in a commit, so not listed there. */
const ROUTINE_SKIPS = new Set(['lockfile', 'binary', 'lfs-pointer', 'symlink', 'submodule']);

/**
 * What a person reads: in the pre-commit check's text output a clean commit stays one line, so routine
 * skips (a changed package-lock.json, an image) are left out; JSON and SARIF keep every skip.
 */
function readerView(report: Report, format: ReportFormat, mode: ScanMode): Report {
  if (mode !== 'staged' || format !== 'text') return report;
  const skipped = report.skipped.filter((s) => !ROUTINE_SKIPS.has(s.reason));
  return skipped.length === report.skipped.length ? report : { ...report, skipped, summary: { ...report.summary, skipped: skipped.length } };
}

/** Writes the report where asked and the summary to stderr. */
export async function emitReport(io: CliIO, full: Report, flags: Pick<ScanFlags, 'format' | 'output' | 'color' | 'quiet'>, mode: ScanMode, hooks: HookRun[] = []): Promise<void> {
  const report = readerView(full, flags.format, mode);
  const style = flags.format === 'text' ? await styleFor(io, flags.color, flags.output !== undefined) : undefined;
  const chunks: string[] = [];
  reporterFor(flags.format, style).write(report, (c) => chunks.push(c));
  writeOutput(io, chunks.join(''), flags.output);
  ciOutput(io, report, flags);
  if (!flags.quiet || !report.summary.complete) {
    const lines = summaryLines(report);
    if (flags.output) lines.push(`tokenguard: ${flags.format} report written to ${flags.output}`);
    if (mode === 'staged' && report.findings.length > 0) lines.push(...stagedGuidance(report, (abs) => relative(io.cwd, abs) || '.'));
    const failed = hooks.filter((h) => !h.ok);
    if (hooks.length > 0) lines.push(`tokenguard: ran ${hooks.length} hook${hooks.length === 1 ? '' : 's'}${failed.length ? `, ${failed.length} FAILED` : ''}`);
    for (const h of failed) lines.push(scrubMessage(`tokenguard: error: ${h.hook} for ${h.fingerprint}: ${h.detail}`, false));
    io.stderr.write(lines.join('\n') + '\n');
  }
}

/**
 * The findings where a CI log reader sees them: a compact list on stderr when stdout carries JSON or
 * SARIF or the report went to a file; annotations on GitHub Actions; a table in the step summary.
 */
function ciOutput(io: CliIO, report: Report, flags: Pick<ScanFlags, 'format' | 'output' | 'quiet'>): void {
  if (!flags.quiet && (flags.format !== 'text' || flags.output)) {
    const list = logLines(report);
    if (list.length) io.stderr.write(list.join('\n') + '\n');
  }
  // Workflow commands must reach the runner as written; every value in them is escaped by ci.ts.
  if (io.env.GITHUB_ACTIONS === 'true') {
    const lines = annotationLines(report);
    if (lines.length) (io.rawStderr ?? io.stderr).write(lines.join('\n') + '\n');
  }
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    try {
      appendFileSync(resolveIn(io, summaryFile), stepSummary(report));
    } catch (err) {
      report.warnings.push(`cannot append to GITHUB_STEP_SUMMARY: ${(err as NodeJS.ErrnoException).code ?? 'write failed'}`);
    }
  }
}

/** 2 when anything could not be scanned, else 1 for findings, else 0. */
export function exitCodeFor(report: Report): number {
  if (!report.summary.complete) return ExitCode.Error;
  return report.findings.length > 0 ? ExitCode.Findings : ExitCode.Clean;
}
