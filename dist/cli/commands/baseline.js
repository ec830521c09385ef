"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerBaseline = registerBaseline;
const identity_1 = require("../../engine/identity");
const errors_1 = require("../../errors");
const baseline_1 = require("../../suppress/baseline");
const scan_run_1 = require("../scan-run");
const setup_1 = require("../setup");
const untrusted_head_1 = require("../untrusted-head");
const io_1 = require("../io");
/** The scan was incomplete, so a baseline from it would silently accept less than it should. */
class IncompleteBaselineError extends errors_1.TokenguardError {
}
/** Refuses a baseline from an incomplete scan. */
function requireComplete({ result }) {
    if (result.ledger.problems.length === 0)
        return;
    const first = result.ledger.problems[0];
    throw new IncompleteBaselineError(`the scan was incomplete (${result.ledger.problems.length} item(s) not scanned, first: ${first.path ? `${first.path}: ` : ''}${first.message}); no baseline written`);
}
function registerBaseline(program, ctx) {
    const baseline = program.command('baseline').description('Accept the current findings, so scans with --baseline report only new ones.');
    const create = baseline
        .command('create')
        .description('Scan and print a baseline file: rule, path and secret identity per finding; sorted, no lines, no timestamps, no secrets.')
        .argument('[path]', 'directory to scan', '.')
        .option('-o, --output <file>', 'write the baseline here instead of stdout');
    (0, scan_run_1.addScanOptions)(create).action(async (path, flags) => {
        const outcome = await (0, scan_run_1.performScan)(ctx.io, path, { ...flags, quiet: true }, { useBaseline: false });
        requireComplete(outcome);
        const found = outcome.result.findings;
        (0, setup_1.writeOutput)(ctx.io, (0, baseline_1.formatBaseline)((0, baseline_1.createBaseline)(found, (0, identity_1.identityScheme)(outcome.setup.hashKey))), flags.output);
        if (!flags.quiet)
            ctx.io.stderr.write(`tokenguard: baseline of ${found.length} finding(s)${flags.output ? ` written to ${flags.output}` : ''}\n`);
        ctx.exitCode = errors_1.ExitCode.Clean;
    });
    const migrate = baseline
        .command('migrate')
        .description('Rewrite an old (version 1, plain SHA-256) baseline with current secret identities: scans again and keeps each old entry whose secret it finds.')
        .argument('[path]', 'directory to scan, as when the baseline was created', '.')
        .requiredOption('--from <file>', 'the old baseline')
        .option('-o, --output <file>', 'write the new baseline here instead of stdout');
    (0, scan_run_1.addScanOptions)(migrate).action(async (path, flags) => {
        const outcome = await (0, scan_run_1.performScan)(ctx.io, path, { ...flags, quiet: true }, { useBaseline: false });
        requireComplete(outcome);
        const file = await new untrusted_head_1.RepositoryFiles(ctx.io, outcome.setup, []).read((0, io_1.resolveIn)(ctx.io, flags.from), true, undefined);
        const old = (0, baseline_1.parseBaseline)(file.text, file.shown);
        if (old.kind !== 'legacy')
            throw new errors_1.UsageError(`${file.shown}: already a version 2 baseline; nothing to migrate`);
        const { baseline: fresh, carried, dropped } = (0, baseline_1.migrateBaseline)(old.entries, outcome.result.findings, (0, identity_1.identityScheme)(outcome.setup.hashKey));
        (0, setup_1.writeOutput)(ctx.io, (0, baseline_1.formatBaseline)(fresh), flags.output);
        if (!flags.quiet)
            ctx.io.stderr.write(`tokenguard: migrated ${carried} of ${carried + dropped} entries${dropped ? `; ${dropped} could not be re-derived (their secrets were not found again) and were dropped` : ''}\n`);
        ctx.exitCode = errors_1.ExitCode.Clean;
    });
}
