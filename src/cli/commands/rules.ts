/** `tokenguard rules list` and `tokenguard rules check`. */
import { resolveIn, type CliIO } from '../io';
import { Command, Option } from 'commander';
import { ExitCode, RuleError } from '../../errors';
import { resolve, sep } from 'node:path';
import { builtinRuleFiles, readRuleFile, rulesOf } from '../../rules/load';
import type { RuleDefinition } from '../../rules/types';
import type { CliContext } from '../main';
import { scrubMessage } from '../scrub';
import { safeJson, safeText } from '../../report/escape';
import { setupRun } from '../setup';

export function registerRules(program: Command, ctx: CliContext): void {
  const rules = program.command('rules').description('List or lint detection rules.');
  rules
    .command('list')
    .description('Print every rule that a scan here would run (built-in plus config, minus disabled).')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-c, --config <file>', 'use this config file')
    .action(async (flags: { format: string; config?: string }) => {
      const setup = await setupRun(ctx.io, ctx.io.cwd, { config: flags.config && resolveIn(ctx.io, flags.config) });
      // Custom rules are user text: a pasted secret in a name or keyword stays masked.
      ctx.io.stdout.write(scrubMessage(flags.format === 'json' ? safeJson(JSON.stringify(setup.spec.definitions.map(listEntry), null, 2)) + '\n' : safeText(listText(setup.spec.definitions)), false));
      ctx.exitCode = ExitCode.Clean;
    });
  rules
    .command('check')
    .description('Lint rules: ids, RE2 patterns, capture groups, keywords and every example. Reports all problems at once.')
    .argument('[files...]', 'rule files to check (default: the built-in rules plus custom rules from the config)')
    .option('-c, --config <file>', 'use this config file')
    .action(async (files: string[], flags: { config?: string }) => {
      ctx.exitCode = await checkCommand(ctx.io, files, flags.config);
    });
}

function listEntry(d: RuleDefinition) {
  return { id: d.id, name: d.name, provider: d.provider, severity: d.severity, keywords: d.keywords, generic: d.generic === true };
}

function listText(defs: RuleDefinition[]): string {
  const width = Math.max(...defs.map((d) => d.id.length), 2);
  return defs.map((d) => `${d.id.padEnd(width)}  ${d.severity.padEnd(8)}  ${d.name}`).join('\n') + `\n${defs.length} rules\n`;
}

/** A rule file of the rules/ tree (the built-in set, or a checkout of it), held to the built-in requirements. */
function underRulesDir(path: string): boolean {
  return resolve(path).split(sep).includes('rules');
}

async function checkCommand(io: CliIO, files: string[], config: string | undefined): Promise<number> {
  // The linter (examples, syntax matrix, fakes) loads only for `rules check`.
  const { builtinProblems, checkRules } = require('../../rules/check') as typeof import('../../rules/check');
  const problems: string[] = [];
  let defs: RuleDefinition[] = [];
  if (files.length > 0) {
    for (const f of files) {
      try {
        const rules = readRuleFile(resolveIn(io, f), f).rules;
        defs.push(...rules);
        if (underRulesDir(resolveIn(io, f))) problems.push(...rules.flatMap(builtinProblems));
      } catch (err) {
        if (!(err instanceof RuleError)) throw err;
        problems.push(...err.message.split('\n'));
      }
    }
  } else {
    defs = (await setupRun(io, io.cwd, { config: config && resolveIn(io, config), docs: true })).spec.definitions;
    const builtin = new Set(rulesOf(builtinRuleFiles()).map((d) => d.id));
    problems.push(...defs.filter((d) => builtin.has(d.id)).flatMap(builtinProblems));
  }
  const report = checkRules(defs);
  problems.push(...report.problems);
  for (const p of problems) io.stdout.write(`${p}\n`);
  io.stderr.write(`tokenguard: checked ${report.rules} rules and ${report.examples} examples: ${problems.length === 0 ? 'all good' : `${problems.length} problem(s)`}\n`);
  return problems.length === 0 ? ExitCode.Clean : ExitCode.Error;
}
