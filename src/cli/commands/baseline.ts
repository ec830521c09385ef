/** `tokenguard baseline create`: record today's findings so that only new ones are reported later. */
import { Command } from 'commander';
import { ExitCode, TokenguardError } from '../../errors';
import { createBaseline, formatBaseline } from '../../filters/baseline';
import type { CliContext } from '../main';
import { addScanOptions, performScan, type ScanRunFlags } from '../scan-run';
import { writeOutput } from '../setup';

/** The scan was incomplete, so a baseline from it would silently accept less than it should. */
class IncompleteBaselineError extends TokenguardError {}

export function registerBaseline(program: Command, ctx: CliContext): void {
  const baseline = program.command('baseline').description('Accept the current findings, so scans with --baseline report only new ones.');
  const create = baseline
    .command('create')
    .description('Scan and print a baseline file: rule, path and secret SHA-256 per finding; sorted, no lines, no timestamps, no secrets.')
    .argument('[path]', 'directory to scan', '.')
    .option('-o, --output <file>', 'write the baseline here instead of stdout');
  addScanOptions(create).action(async (path: string, flags: ScanRunFlags & { output?: string }) => {
    const { result } = await performScan(ctx.io, path, { ...flags, quiet: true }, { useBaseline: false });
    if (result.ledger.problems.length > 0) {
      const first = result.ledger.problems[0];
      throw new IncompleteBaselineError(`the scan was incomplete (${result.ledger.problems.length} item(s) not scanned, first: ${first.path ? `${first.path}: ` : ''}${first.message}); no baseline written`);
    }
    writeOutput(ctx.io, formatBaseline(createBaseline(result.findings)), flags.output);
    if (!flags.quiet) ctx.io.stderr.write(`tokenguard: baseline of ${result.findings.length} finding(s)${flags.output ? ` written to ${flags.output}` : ''}\n`);
    ctx.exitCode = ExitCode.Clean;
  });
}
