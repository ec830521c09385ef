/** `tokenguard inventory`: every distinct secret, who owns it, what it can do and how old it is. */
import { Command, Option } from 'commander';
import { ExitCode } from '../../errors';
import { buildReport } from '../../report/model';
import { summaryLines } from '../../report/summary';
import { safeJson, safeText } from '../../report/escape';
import type { CliContext } from '../main';
import { addScanOptions, performScan, type ScanRunFlags } from '../scan-run';
import { writeOutput } from '../setup';
import { addVerifyOptions, AuditLog, verifyStep, type VerifyFlags } from '../verify-run';

interface InventoryFlags extends ScanRunFlags, VerifyFlags {
  format: 'text' | 'json';
  output?: string;
  showSecrets?: boolean;
}

export function registerInventory(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('inventory')
    .description('List every distinct secret found, grouped by secret hash: provider, locations, first and last seen, still in HEAD, and (with --verify) status, identity, scopes and expiry.')
    .argument('[path]', 'directory to scan', '.');
  addVerifyOptions(addScanOptions(cmd))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-o, --output <file>', 'write the inventory to a file')
    .option('--show-secrets', 'print secrets in full (redacted by default)')
    .addHelpText('after', '\nExit codes: 0 no secrets, 1 secrets listed, 2 error or incomplete scan.')
    .action(async (path: string, flags: InventoryFlags) => {
      const { result, setup, root } = await performScan(ctx.io, path, flags, { useBaseline: true, network: flags.verify === true });
      result.findings = await verifyStep(result.findings, flags, setup.settings.verify, setup.rules, new AuditLog(flags.auditLog));
      const report = buildReport(result, setup.rules, flags.showSecrets === true, root);
      const { buildInventory, inventoryText } = require('../../report/inventory') as typeof import('../../report/inventory');
      const inventory = buildInventory(report);
      writeOutput(ctx.io, flags.format === 'json' ? safeJson(JSON.stringify(inventory, null, 2)) + '\n' : safeText(inventoryText(inventory)), flags.output);
      if (!flags.quiet || !report.summary.complete) ctx.io.stderr.write(summaryLines(report).join('\n') + '\n');
      ctx.exitCode = !report.summary.complete ? ExitCode.Error : inventory.secrets.length > 0 ? ExitCode.Findings : ExitCode.Clean;
    });
}
