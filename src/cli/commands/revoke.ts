/** `tokenguard revoke`: revoke the secrets a JSON report lists, by each rule's revoke spec. Dry run unless --yes. */
import { existsSync } from 'node:fs';
import { resolveIn, type CliIO } from '../io';
import { Command, Option } from 'commander';
import { IdentityCache } from '../../engine/identity';
import { ExitCode } from '../../errors';
import type { RevokeResult } from '../../hooks/revoke';
import { redactSecret } from '../../report/redact';
import { safeJson, safeText } from '../../report/escape';
import type { RuleDefinition } from '../../rules/types';
import type { CliContext } from '../main';
import type { RevokeCandidate } from '../revoke-items';
import { scrubMessage } from '../scrub';
import { collect, setupRun } from '../setup';
import { AuditLog, endpointsFrom } from '../verify-run';

interface RevokeFlags {
  report: string;
  rule?: string[];
  onlyActive?: boolean;
  yes?: boolean;
  endpoint?: string[];
  auditLog?: string;
  config?: string;
  format: 'text' | 'json';
}

/** One line of output per secret. */
interface RevokeLine {
  ruleId: string;
  fingerprint: string;
  secret: string;
  where: string;
  locations: number;
  status: RevokeResult['status'] | 'cannot-recover';
  detail: string;
}

export function registerRevoke(program: Command, ctx: CliContext): void {
  program
    .command('revoke')
    .description('Revoke the secrets in a JSON report with their providers. Prints what it would do unless --yes is given.')
    .requiredOption('--report <file>', 'a report from scan --format json (with --show-secrets, or the secrets are re-read from the files and blobs it names)')
    .option('--rule <id>', 'only secrets of this rule (glob, e.g. "github.*"; repeatable)', collect)
    .option('--only-active', "only secrets the report's --verify run found active")
    .option('--yes', 'really revoke (default: dry run)')
    .option('--endpoint <provider=url>', 'base URL for a provider, as for scan --verify (repeatable)', collect)
    .option('--audit-log <file>', 'append a JSON line per revocation request (never the secret)')
    .option('-c, --config <file>', 'use this config file')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExit codes: 0 every chosen secret was revoked (or, in a dry run, can be), 2 any could not be (no revoker for its rule, not re-readable, failed or deferred).')
    .action(async (flags: RevokeFlags) => {
      ctx.exitCode = await runRevoke(ctx.io, flags);
    });
}

async function runRevoke(io: CliIO, flags: RevokeFlags): Promise<number> {
  const { candidatesFor, loadReport, redetectionSpec, selectEntries } = require('../revoke-items') as typeof import('../revoke-items');
  const report = loadReport(resolveIn(io, flags.report));
  const root = report.root && existsSync(report.root) ? report.root : io.cwd;
  // Suppressions as the scan had them (--no-suppress also turned allowlists off); the rest of the engine below.
  const setup = await setupRun(io, root, { config: flags.config && resolveIn(io, flags.config), network: true, suppress: report.engine?.suppress });
  const picomatch = require('picomatch') as typeof import('picomatch');
  const ruleMatch = flags.rule?.length ? picomatch(flags.rule) : () => true;
  const chosen = selectEntries(report, ruleMatch, flags.onlyActive === true);
  let ruleSet: ReturnType<typeof import('../../rules/registry').buildRuleSet> | undefined;
  const lazyRuleSet = () => (ruleSet ??= (require('../../rules/registry') as typeof import('../../rules/registry')).buildRuleSet(redetectionSpec(setup.spec, report)));
  const candidates = await candidatesFor(report, chosen, lazyRuleSet, new IdentityCache(setup.hashKey));
  const { revokeAll } = require('../../hooks/revoke') as typeof import('../../hooks/revoke');
  const items = candidates.flatMap((c) => (c.item ? [c.item] : []));
  const results = await revokeAll(items, setup.rules, {
    dryRun: flags.yes !== true,
    audit: new AuditLog(flags.auditLog),
    endpoints: endpointsFrom(flags.endpoint, setup.settings.verify, setup.rules),
  });
  const lines = toLines(candidates, results, setup.rules);
  const out = flags.format === 'json' ? safeJson(JSON.stringify({ dryRun: flags.yes !== true, results: lines }, null, 2)) + '\n' : safeText(textOf(lines, flags.yes === true));
  io.stdout.write(scrubMessage(out, false));
  // As the help says: 0 only when every chosen secret was (or in a dry run, can be) revoked. A secret
  // whose rule has no revoker cannot be, so it makes the exit code 2 in a dry run as much as with --yes.
  const done = flags.yes ? 'revoked' : 'would-revoke';
  return lines.every((l) => l.status === done) ? ExitCode.Clean : ExitCode.Error;
}

function toLines(candidates: RevokeCandidate[], results: RevokeResult[], rules: Map<string, RuleDefinition>): RevokeLine[] {
  const byItem = new Map(results.map((r) => [r.item, r]));
  return candidates.map((c) => {
    const prefix = rules.get(c.entry.ruleId)?.prefix;
    const r = c.item ? byItem.get(c.item) : undefined;
    // A report written with --show-secrets holds the raw secret; everything printed here is redacted.
    const secret = redactSecret(c.item?.secret ?? c.entry.secret, prefix);
    const base = { ruleId: c.entry.ruleId, fingerprint: c.entry.fingerprint, secret, where: c.item?.where ?? c.entry.path, locations: c.locations };
    return r ? { ...base, status: r.status, detail: r.detail } : { ...base, status: 'cannot-recover' as const, detail: c.problem ?? 'not revoked' };
  });
}

const LABEL: Record<RevokeLine['status'], string> = {
  'would-revoke': 'would revoke',
  revoked: 'revoked',
  failed: 'FAILED',
  'no-revoker': 'no revoker',
  deferred: 'deferred',
  'cannot-recover': 'cannot re-read',
};

function textOf(lines: RevokeLine[], live: boolean): string {
  const head = live ? 'tokenguard revoke:' : 'tokenguard revoke: dry run, nothing was sent; add --yes to revoke.';
  const body = lines.map((l) => `  ${LABEL[l.status].padEnd(14)} ${l.ruleId}  ${l.secret}  ${l.where}${l.locations > 1 ? ` (+${l.locations - 1} more)` : ''}  ${l.detail}`);
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(LABEL[l.status], (counts.get(LABEL[l.status]) ?? 0) + 1);
  const summary = lines.length === 0 ? 'no secrets selected' : [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
  return `${head}\n${body.join('\n')}${body.length ? '\n' : ''}${summary}\n`;
}
