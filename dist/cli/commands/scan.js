"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SARIF_SECRETS_WARNING = void 0;
exports.registerScan = registerScan;
exports.scanCommand = scanCommand;
exports.emitReport = emitReport;
exports.exitCodeFor = exitCodeFor;
/** `tokenguard scan`: the main job. */
const node_path_1 = require("node:path");
const commander_1 = require("commander");
const errors_1 = require("../../errors");
const report_1 = require("../../report");
const locations_1 = require("../../report/locations");
const model_1 = require("../../report/model");
const summary_1 = require("../../report/summary");
const types_1 = require("../../report/types");
const guidance_1 = require("../guidance");
const scrub_1 = require("../scrub");
const io_1 = require("../io");
const node_fs_1 = require("node:fs");
const ci_1 = require("../../report/ci");
const scan_run_1 = require("../scan-run");
const setup_1 = require("../setup");
const verify_run_1 = require("../verify-run");
function registerScan(program, ctx) {
    const cmd = program
        .command('scan')
        .description('Scan a directory or file (default: the current directory), standard input, the git index, or git history.')
        .argument('[paths...]', 'directory or file to scan (default "."), or "-" for standard input; with --staged, files and folders whose staged versions to scan, changed or not (as the pre-commit framework passes them)');
    (0, verify_run_1.addVerifyOptions)((0, scan_run_1.addScanOptions)(cmd))
        .option('--run-hooks', 'run the rotate hooks of the trusted configs (commands and webhooks); a config in the scanned tree needs --trust-repo-config')
        .addOption(new commander_1.Option('-f, --format <format>', 'report format').choices([...types_1.REPORT_FORMATS]).default('text'))
        .option('-o, --output <file>', 'write the report to a file; a short summary still goes to stderr')
        .option('--no-color', 'plain text output even on a terminal')
        .option('--show-secrets', 'print secrets in full (they are redacted by default everywhere)')
        .addHelpText('after', '\nExit codes: 0 no findings, 1 findings, 2 error or incomplete scan.')
        .action(async (paths, flags) => {
        ctx.exitCode = await scanCommand(ctx.io, paths, flags);
    });
}
exports.SARIF_SECRETS_WARNING = 'tokenguard: warning: --show-secrets writes every raw secret into the SARIF report; uploaded to GitHub code scanning, they are stored there and shown to everyone who can read its alerts';
/**
 * Several paths only make sense with --staged (the staged versions of the files pre-commit names); the
 * repository and config are then found from the working directory, as for a plain --staged.
 */
function pathsFor(paths, flags) {
    if (flags.staged)
        return { pathArg: '.', stagedPaths: paths.length > 0 ? paths : undefined };
    if (paths.length > 1)
        throw new errors_1.UsageError(`one directory or file at a time (got ${paths.length}); with --staged, any number of files is scanned in their staged versions`);
    return { pathArg: paths[0] ?? '.' };
}
/** Runs a scan and writes its report; resolves to the exit code. */
async function scanCommand(io, paths, flags) {
    const { pathArg, stagedPaths } = pathsFor(paths, flags);
    // SARIF carries each rule's description, help and references; other formats do without them.
    const { result, setup, mode, root } = await (0, scan_run_1.performScan)(io, pathArg, { ...flags, stagedPaths, docs: flags.format === 'sarif' }, { useBaseline: true, network: flags.verify === true, runHooks: flags.runHooks === true });
    const audit = new verify_run_1.AuditLog(flags.auditLog);
    result.findings = await (0, verify_run_1.verifyStep)(result.findings, flags, setup.settings.verify, setup.rules, audit);
    const hooks = await (0, verify_run_1.hookStep)(result.findings, flags, setup.settings.hooks, setup.settings.repoHooksSetAside, audit);
    const report = (0, model_1.buildReport)(result, setup.rules, flags.showSecrets === true, root);
    report.repoRoot = (0, locations_1.repositoryRoot)(root, setup.repo?.top, io.env);
    // Printed even with --quiet: the file is meant for upload, and GitHub keeps what it is given.
    if (flags.showSecrets && flags.format === 'sarif')
        io.stderr.write(`${exports.SARIF_SECRETS_WARNING}\n`);
    await emitReport(io, report, flags, mode, hooks);
    return hooks.some((h) => !h.ok) ? errors_1.ExitCode.Error : exitCodeFor(report);
}
/** Skips that cannot hide a secret from the pre-commit check: routine in a commit, so not listed there. */
const ROUTINE_SKIPS = new Set(['lockfile', 'binary', 'lfs-pointer', 'symlink', 'submodule']);
/**
 * What a person reads: in the pre-commit check's text output a clean commit stays one line, so routine
 * skips (a changed package-lock.json, an image) are left out; JSON and SARIF keep every skip.
 */
function readerView(report, format, mode) {
    if (mode !== 'staged' || format !== 'text')
        return report;
    const skipped = report.skipped.filter((s) => !ROUTINE_SKIPS.has(s.reason));
    return skipped.length === report.skipped.length ? report : { ...report, skipped, summary: { ...report.summary, skipped: skipped.length } };
}
/** Writes the report where asked and the summary to stderr. */
async function emitReport(io, full, flags, mode, hooks = []) {
    const report = readerView(full, flags.format, mode);
    const style = flags.format === 'text' ? await (0, setup_1.styleFor)(io, flags.color, flags.output !== undefined) : undefined;
    const chunks = [];
    (0, report_1.reporterFor)(flags.format, style).write(report, (c) => chunks.push(c));
    (0, setup_1.writeOutput)(io, chunks.join(''), flags.output);
    ciOutput(io, report, flags);
    if (!flags.quiet || !report.summary.complete) {
        const lines = (0, summary_1.summaryLines)(report);
        if (flags.output)
            lines.push(`tokenguard: ${flags.format} report written to ${flags.output}`);
        if (mode === 'staged' && report.findings.length > 0)
            lines.push(...(0, guidance_1.stagedGuidance)(report, (abs) => (0, node_path_1.relative)(io.cwd, abs) || '.'));
        const failed = hooks.filter((h) => !h.ok);
        if (hooks.length > 0)
            lines.push(`tokenguard: ran ${hooks.length} hook${hooks.length === 1 ? '' : 's'}${failed.length ? `, ${failed.length} FAILED` : ''}`);
        for (const h of failed)
            lines.push((0, scrub_1.scrubMessage)(`tokenguard: error: ${h.hook} for ${h.fingerprint}: ${h.detail}`, false));
        io.stderr.write(lines.join('\n') + '\n');
    }
}
/**
 * The findings where a CI log reader sees them: a compact list on stderr when stdout carries JSON or
 * SARIF or the report went to a file; annotations on GitHub Actions; a table in the step summary.
 */
function ciOutput(io, report, flags) {
    if (!flags.quiet && (flags.format !== 'text' || flags.output)) {
        const list = (0, ci_1.logLines)(report);
        if (list.length)
            io.stderr.write(list.join('\n') + '\n');
    }
    // Workflow commands must reach the runner as written; every value in them is escaped by ci.ts.
    if (io.env.GITHUB_ACTIONS === 'true') {
        const lines = (0, ci_1.annotationLines)(report);
        if (lines.length)
            (io.rawStderr ?? io.stderr).write(lines.join('\n') + '\n');
    }
    const summaryFile = io.env.GITHUB_STEP_SUMMARY;
    if (summaryFile) {
        try {
            (0, node_fs_1.appendFileSync)((0, io_1.resolveIn)(io, summaryFile), (0, ci_1.stepSummary)(report));
        }
        catch (err) {
            report.warnings.push(`cannot append to GITHUB_STEP_SUMMARY: ${err.code ?? 'write failed'}`);
        }
    }
}
/** 2 when anything could not be scanned, else 1 for findings, else 0. */
function exitCodeFor(report) {
    if (!report.summary.complete)
        return errors_1.ExitCode.Error;
    return report.findings.length > 0 ? errors_1.ExitCode.Findings : errors_1.ExitCode.Clean;
}
