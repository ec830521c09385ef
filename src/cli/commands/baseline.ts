/** `tokenguard baseline create|migrate`: record today's findings so that only new ones are reported later. */
import { Command } from 'commander';
import { identityScheme } from '../../engine/identity';
import { ExitCode, TokenguardError, UsageError } from '../../errors';
import { createBaseline, formatBaseline, migrateBaseline, parseBaseline } from '../../suppress/baseline';
import type { CliContext } from '../main';
import { addScanOptions, performScan, type ScanOutcome, type ScanRunFlags } from '../scan-run';
import { writeOutput } from '../setup';
import { RepositoryFiles } from '../untrusted-head';
import { resolveIn } from '../io';

/** The scan was incomplete, so a baseline from it would silently accept less than it should. */
class IncompleteBaselineError extends TokenguardError {}

/** Refuses a baseline from an incomplete scan. */
function requireComplete({ result }: ScanOutcome): void {
  if (result.ledger.problems.length === 0) return;
  const first = result.ledger.problems[0];
  throw new IncompleteBaselineError(
    `the scan was incomplete (${result.ledger.problems.length} item(s) not scanned, first: ${first.path ? `${first.path}: ` : ''}${first.message}); no baseline written`,
  );
}

export function registerBaseline(program: Command, ctx: CliContext): void {
  const baseline = program.command('baseline').description('Accept the current findings, so scans with --baseline report only new ones.');
  const create = baseline
    .command('create')
    .description('Scan and print a baseline file: rule, path and secret identity per finding; sorted, no lines, no timestamps, no secrets.')
    .argument('[path]', 'directory to scan', '.')
    .option('-o, --output <file>', 'write the baseline here instead of stdout');
  addScanOptions(create).action(async (path: string, flags: ScanRunFlags & { output?: string }) => {
    const outcome = await performScan(ctx.io, path, { ...flags, quiet: true }, { useBaseline: false });
    requireComplete(outcome);
    const found = outcome.result.findings;
    writeOutput(ctx.io, formatBaseline(createBaseline(found, identityScheme(outcome.setup.hashKey))), flags.output);
    if (!flags.quiet) ctx.io.stderr.write(`tokenguard: baseline of ${found.length} finding(s)${flags.output ? ` written to ${flags.output}` : ''}\n`);
    ctx.exitCode = ExitCode.Clean;
  });
  const migrate = baseline
    .command('migrate')
    .description('Rewrite an old (version 1, plain SHA-256) baseline with current secret identities: scans again and keeps each old entry whose secret it finds.')
    .argument('[path]', 'directory to scan, as when the baseline was created', '.')
    .requiredOption('--from <file>', 'the old baseline')
    .option('-o, --output <file>', 'write the new baseline here instead of stdout');
  addScanOptions(migrate).action(async (path: string, flags: ScanRunFlags & { from: string; output?: string }) => {
    const outcome = await performScan(ctx.io, path, { ...flags, quiet: true }, { useBaseline: false });
    requireComplete(outcome);
    const file = await new RepositoryFiles(ctx.io, outcome.setup, []).read(resolveIn(ctx.io, flags.from), true, undefined);
    const old = parseBaseline(file!.text, file!.shown);
    if (old.kind !== 'legacy') throw new UsageError(`${file!.shown}: already a version 2 baseline; nothing to migrate`);
    const { baseline: fresh, carried, dropped } = migrateBaseline(old.entries, outcome.result.findings, identityScheme(outcome.setup.hashKey));
    writeOutput(ctx.io, formatBaseline(fresh), flags.output);
    if (!flags.quiet)
      ctx.io.stderr.write(
        `tokenguard: migrated ${carried} of ${carried + dropped} entries${dropped ? `; ${dropped} could not be re-derived (their secrets were not found again) and were dropped` : ''}\n`,
      );
    ctx.exitCode = ExitCode.Clean;
  });
}
