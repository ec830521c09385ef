"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerRevoke = registerRevoke;
/** `tokenguard revoke`: revoke the secrets a JSON report lists, by each rule's revoke spec. Dry run unless --yes. */
const node_fs_1 = require("node:fs");
const io_1 = require("../io");
const commander_1 = require("commander");
const identity_1 = require("../../engine/identity");
const errors_1 = require("../../errors");
const redact_1 = require("../../report/redact");
const escape_1 = require("../../report/escape");
const scrub_1 = require("../scrub");
const setup_1 = require("../setup");
const verify_run_1 = require("../verify-run");
function registerRevoke(program, ctx) {
    program
        .command('revoke')
        .description('Revoke the secrets in a JSON report with their providers. Prints what it would do unless --yes is given.')
        .requiredOption('--report <file>', 'a report from scan --format json (with --show-secrets, or the secrets are re-read from the files and blobs it names)')
        .option('--rule <id>', 'only secrets of this rule (glob, e.g. "github.*"; repeatable)', setup_1.collect)
        .option('--only-active', "only secrets the report's --verify run found active")
        .option('--yes', 'really revoke (default: dry run)')
        .option('--endpoint <provider=url>', 'base URL for a provider, as for scan --verify (repeatable)', setup_1.collect)
        .option('--audit-log <file>', 'append a JSON line per revocation request (never the secret)')
        .option('-c, --config <file>', 'use this config file')
        .addOption(new commander_1.Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
        .addHelpText('after', '\nExit codes: 0 every chosen secret was revoked (or, in a dry run, can be), 2 any could not be (no revoker for its rule, not re-readable, failed or deferred).')
        .action(async (flags) => {
        ctx.exitCode = await runRevoke(ctx.io, flags);
    });
}
async function runRevoke(io, flags) {
    const { candidatesFor, loadReport, redetectionSpec, selectEntries } = require('../revoke-items');
    const report = loadReport((0, io_1.resolveIn)(io, flags.report));
    const root = report.root && (0, node_fs_1.existsSync)(report.root) ? report.root : io.cwd;
    // Suppressions as the scan had them (--no-suppress also turned allowlists off); the rest of the engine below.
    const setup = await (0, setup_1.setupRun)(io, root, { config: flags.config && (0, io_1.resolveIn)(io, flags.config), network: true, suppress: report.engine?.suppress });
    const picomatch = require('picomatch');
    const ruleMatch = flags.rule?.length ? picomatch(flags.rule) : () => true;
    const chosen = selectEntries(report, ruleMatch, flags.onlyActive === true);
    let ruleSet;
    const lazyRuleSet = () => (ruleSet ??= require('../../rules/registry').buildRuleSet(redetectionSpec(setup.spec, report)));
    const candidates = await candidatesFor(report, chosen, lazyRuleSet, new identity_1.IdentityCache(setup.hashKey));
    const { revokeAll } = require('../../hooks/revoke');
    const items = candidates.flatMap((c) => (c.item ? [c.item] : []));
    const results = await revokeAll(items, setup.rules, {
        dryRun: flags.yes !== true,
        audit: new verify_run_1.AuditLog(flags.auditLog),
        endpoints: (0, verify_run_1.endpointsFrom)(flags.endpoint, setup.settings.verify, setup.rules),
    });
    const lines = toLines(candidates, results, setup.rules);
    const out = flags.format === 'json' ? (0, escape_1.safeJson)(JSON.stringify({ dryRun: flags.yes !== true, results: lines }, null, 2)) + '\n' : (0, escape_1.safeText)(textOf(lines, flags.yes === true));
    io.stdout.write((0, scrub_1.scrubMessage)(out, false));
    // As the help says: 0 only when every chosen secret was (or in a dry run, can be) revoked. A secret
    // whose rule has no revoker cannot be, so it makes the exit code 2 in a dry run as much as with --yes.
    const done = flags.yes ? 'revoked' : 'would-revoke';
    return lines.every((l) => l.status === done) ? errors_1.ExitCode.Clean : errors_1.ExitCode.Error;
}
function toLines(candidates, results, rules) {
    const byItem = new Map(results.map((r) => [r.item, r]));
    return candidates.map((c) => {
        const prefix = rules.get(c.entry.ruleId)?.prefix;
        const r = c.item ? byItem.get(c.item) : undefined;
        // A report written with --show-secrets holds the raw secret; everything printed here is redacted.
        const secret = (0, redact_1.redactSecret)(c.item?.secret ?? c.entry.secret, prefix);
        const base = { ruleId: c.entry.ruleId, fingerprint: c.entry.fingerprint, secret, where: c.item?.where ?? c.entry.path, locations: c.locations };
        return r ? { ...base, status: r.status, detail: r.detail } : { ...base, status: 'cannot-recover', detail: c.problem ?? 'not revoked' };
    });
}
const LABEL = {
    'would-revoke': 'would revoke',
    revoked: 'revoked',
    failed: 'FAILED',
    'no-revoker': 'no revoker',
    deferred: 'deferred',
    'cannot-recover': 'cannot re-read',
};
function textOf(lines, live) {
    const head = live ? 'tokenguard revoke:' : 'tokenguard revoke: dry run, nothing was sent; add --yes to revoke.';
    const body = lines.map((l) => `  ${LABEL[l.status].padEnd(14)} ${l.ruleId}  ${l.secret}  ${l.where}${l.locations > 1 ? ` (+${l.locations - 1} more)` : ''}  ${l.detail}`);
    const counts = new Map();
    for (const l of lines)
        counts.set(LABEL[l.status], (counts.get(LABEL[l.status]) ?? 0) + 1);
    const summary = lines.length === 0 ? 'no secrets selected' : [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
    return `${head}\n${body.join('\n')}${body.length ? '\n' : ''}${summary}\n`;
}
