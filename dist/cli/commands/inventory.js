"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerInventory = registerInventory;
/** `tokenguard inventory`: every distinct secret, who owns it, what it can do and how old it is. */
const commander_1 = require("commander");
const errors_1 = require("../../errors");
const model_1 = require("../../report/model");
const summary_1 = require("../../report/summary");
const escape_1 = require("../../report/escape");
const scan_run_1 = require("../scan-run");
const setup_1 = require("../setup");
const verify_run_1 = require("../verify-run");
function registerInventory(program, ctx) {
    const cmd = program
        .command('inventory')
        .description('List every distinct secret found, grouped by secret hash: provider, locations, first and last seen, still in HEAD, and (with --verify) status, identity, scopes and expiry.')
        .argument('[path]', 'directory to scan', '.');
    (0, verify_run_1.addVerifyOptions)((0, scan_run_1.addScanOptions)(cmd))
        .addOption(new commander_1.Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
        .option('-o, --output <file>', 'write the inventory to a file')
        .option('--show-secrets', 'print secrets in full (redacted by default)')
        .addHelpText('after', '\nExit codes: 0 no secrets, 1 secrets listed, 2 error or incomplete scan.')
        .action(async (path, flags) => {
        const { result, setup, root } = await (0, scan_run_1.performScan)(ctx.io, path, flags, { useBaseline: true, network: flags.verify === true });
        result.findings = await (0, verify_run_1.verifyStep)(result.findings, flags, setup.settings.verify, setup.rules, new verify_run_1.AuditLog(flags.auditLog));
        const report = (0, model_1.buildReport)(result, setup.rules, flags.showSecrets === true, root);
        const { buildInventory, inventoryText } = require('../../report/inventory');
        const inventory = buildInventory(report);
        (0, setup_1.writeOutput)(ctx.io, flags.format === 'json' ? (0, escape_1.safeJson)(JSON.stringify(inventory, null, 2)) + '\n' : (0, escape_1.safeText)(inventoryText(inventory)), flags.output);
        if (!flags.quiet || !report.summary.complete)
            ctx.io.stderr.write((0, summary_1.summaryLines)(report).join('\n') + '\n');
        ctx.exitCode = !report.summary.complete ? errors_1.ExitCode.Error : inventory.secrets.length > 0 ? errors_1.ExitCode.Findings : errors_1.ExitCode.Clean;
    });
}
