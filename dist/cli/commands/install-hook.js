"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerInstallHook = registerInstallHook;
/** `tokenguard install-hook`: wires the staged scan into git's pre-commit hook or husky, once it is sure git will run it. */
const io_1 = require("../io");
const errors_1 = require("../../errors");
const SAID = {
    created: 'created',
    added: 'added tokenguard to',
    updated: 'replaced the npx line of an earlier install-hook with the current block in',
    'already-installed': 'tokenguard is already in',
    wrapped: 'wrapped the existing hook (kept as pre-commit.orig) and added tokenguard in',
};
function registerInstallHook(program, ctx) {
    program
        .command('install-hook')
        .description('Run "tokenguard scan --staged" before every commit (husky when present, else .git/hooks, honouring core.hooksPath). Refuses when git would not run the hook: husky not set up in this clone, or core.hooksPath outside the repository.')
        .argument('[path]', 'a directory inside the repository', '.')
        .option('--force', 'also take over a hook that is not a shell script (it keeps running, as pre-commit.orig)')
        .option('--init', "when husky is listed but not set up in this clone, set it up first (runs the project's own husky)")
        .addHelpText('after', '\nExit codes: 0 installed (or already there), 2 not installed: not a repository, a hook git would not run, or a hook that needs --force.')
        .action(async (path, flags) => {
        const { installPreCommit } = require('../../install/pre-commit');
        const r = await installPreCommit((0, io_1.resolveIn)(ctx.io, path), { force: flags.force === true, init: flags.init === true, env: ctx.io.env });
        if (r.initialised)
            ctx.io.stderr.write(`tokenguard: set husky up ("${r.initialised}")\n`);
        ctx.io.stderr.write(`tokenguard: ${SAID[r.action]} ${(0, io_1.shownPath)(ctx.io, r.file)}${r.husky ? ' (husky)' : ''}\n`);
        ctx.exitCode = errors_1.ExitCode.Clean;
    });
}
