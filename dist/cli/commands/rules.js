"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerRules = registerRules;
/** `tokenguard rules list` and `tokenguard rules check`. */
const io_1 = require("../io");
const commander_1 = require("commander");
const errors_1 = require("../../errors");
const node_path_1 = require("node:path");
const load_1 = require("../../rules/load");
const scrub_1 = require("../scrub");
const escape_1 = require("../../report/escape");
const setup_1 = require("../setup");
function registerRules(program, ctx) {
    const rules = program.command('rules').description('List or lint detection rules.');
    rules
        .command('list')
        .description('Print every rule that a scan here would run (built-in plus config, minus disabled).')
        .addOption(new commander_1.Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
        .option('-c, --config <file>', 'use this config file')
        .action(async (flags) => {
        const setup = await (0, setup_1.setupRun)(ctx.io, ctx.io.cwd, { config: flags.config && (0, io_1.resolveIn)(ctx.io, flags.config) });
        // Custom rules are user text: a pasted secret in a name or keyword stays masked.
        ctx.io.stdout.write((0, scrub_1.scrubMessage)(flags.format === 'json' ? (0, escape_1.safeJson)(JSON.stringify(setup.spec.definitions.map(listEntry), null, 2)) + '\n' : (0, escape_1.safeText)(listText(setup.spec.definitions)), false));
        ctx.exitCode = errors_1.ExitCode.Clean;
    });
    rules
        .command('check')
        .description('Lint rules: ids, RE2 patterns, capture groups, keywords and every example. Reports all problems at once.')
        .argument('[files...]', 'rule files to check (default: the built-in rules plus custom rules from the config)')
        .option('-c, --config <file>', 'use this config file')
        .action(async (files, flags) => {
        ctx.exitCode = await checkCommand(ctx.io, files, flags.config);
    });
}
function listEntry(d) {
    return { id: d.id, name: d.name, provider: d.provider, severity: d.severity, keywords: d.keywords, generic: d.generic === true };
}
function listText(defs) {
    const width = Math.max(...defs.map((d) => d.id.length), 2);
    return defs.map((d) => `${d.id.padEnd(width)}  ${d.severity.padEnd(8)}  ${d.name}`).join('\n') + `\n${defs.length} rules\n`;
}
/** A rule file of the rules/ tree (the built-in set, or a checkout of it), held to the built-in requirements. */
function underRulesDir(path) {
    return (0, node_path_1.resolve)(path).split(node_path_1.sep).includes('rules');
}
async function checkCommand(io, files, config) {
    // The linter (examples, syntax matrix, fakes) loads only for `rules check`.
    const { builtinProblems, checkRules } = require('../../rules/check');
    const problems = [];
    let defs = [];
    if (files.length > 0) {
        for (const f of files) {
            try {
                const rules = (0, load_1.readRuleFile)((0, io_1.resolveIn)(io, f), f).rules;
                defs.push(...rules);
                if (underRulesDir((0, io_1.resolveIn)(io, f)))
                    problems.push(...rules.flatMap(builtinProblems));
            }
            catch (err) {
                if (!(err instanceof errors_1.RuleError))
                    throw err;
                problems.push(...err.message.split('\n'));
            }
        }
    }
    else {
        defs = (await (0, setup_1.setupRun)(io, io.cwd, { config: config && (0, io_1.resolveIn)(io, config), docs: true })).spec.definitions;
        const builtin = new Set((0, load_1.rulesOf)((0, load_1.builtinRuleFiles)()).map((d) => d.id));
        problems.push(...defs.filter((d) => builtin.has(d.id)).flatMap(builtinProblems));
    }
    const report = checkRules(defs);
    problems.push(...report.problems);
    for (const p of problems)
        io.stdout.write(`${p}\n`);
    io.stderr.write(`tokenguard: checked ${report.rules} rules and ${report.examples} examples: ${problems.length === 0 ? 'all good' : `${problems.length} problem(s)`}\n`);
    return problems.length === 0 ? errors_1.ExitCode.Clean : errors_1.ExitCode.Error;
}
