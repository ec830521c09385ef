"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EXIT_CODES_HELP = void 0;
exports.main = main;
exports.run = run;
/**
 * The command-line entry point: parses flags with commander, runs a command, and maps every outcome
 * to an exit code. This is the only module that calls process.exit.
 */
const commander_1 = require("commander");
const errors_1 = require("../errors");
const model_1 = require("../report/model");
const scan_1 = require("./commands/scan");
const rules_1 = require("./commands/rules");
const install_hook_1 = require("./commands/install-hook");
const baseline_1 = require("./commands/baseline");
const revoke_1 = require("./commands/revoke");
const inventory_1 = require("./commands/inventory");
const scrub_1 = require("./scrub");
const io_1 = require("./io");
const escape_1 = require("../report/escape");
exports.EXIT_CODES_HELP = `
Exit codes:
  0  no findings
  1  findings reported
  2  error: bad flags, invalid config or rules, unreadable input, or an incomplete scan`;
function buildProgram(ctx) {
    const program = new commander_1.Command('tokenguard')
        .description('Find leaked API tokens, keys and passwords in working trees, git history and CI logs.')
        .version((0, model_1.toolVersion)(), '-V, --version')
        .exitOverride()
        .configureOutput({ outputError: () => undefined, writeOut: (s) => void ctx.io.stdout.write(s), writeErr: (s) => void ctx.io.stderr.write(s) })
        .showSuggestionAfterError(true)
        .addHelpText('after', exports.EXIT_CODES_HELP);
    (0, scan_1.registerScan)(program, ctx);
    (0, rules_1.registerRules)(program, ctx);
    (0, install_hook_1.registerInstallHook)(program, ctx);
    (0, baseline_1.registerBaseline)(program, ctx);
    (0, revoke_1.registerRevoke)(program, ctx);
    (0, inventory_1.registerInventory)(program, ctx);
    return program;
}
/** Runs the CLI with `argv` (as in process.argv) on `io` (the real process by default) and resolves to the exit code. */
async function main(argv, given = (0, io_1.processIO)()) {
    // Everything on stderr quotes repository data sooner or later (paths, names, git's messages): no
    // control character or workflow command gets through. The progress bar keeps the raw stream.
    // stdin stays a getter (not spread, which would read it): only a stdin scan opens the real one.
    const io = {
        stdout: given.stdout,
        stderr: { write: (s) => given.stderr.write((0, escape_1.safeText)(s)), isTTY: given.stderr.isTTY },
        rawStderr: given.rawStderr ?? given.stderr,
        get stdin() {
            return given.stdin;
        },
        env: given.env,
        cwd: given.cwd,
    };
    const ctx = { exitCode: errors_1.ExitCode.Clean, showSecrets: argv.includes('--show-secrets'), io };
    const program = buildProgram(ctx);
    try {
        await program.parseAsync(argv);
        return ctx.exitCode;
    }
    catch (err) {
        return reportError(err, ctx);
    }
}
function reportError(err, ctx) {
    if (err instanceof commander_1.CommanderError) {
        if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')
            return errors_1.ExitCode.Clean;
        const text = err.message.replace(/^error: /, '');
        ctx.io.stderr.write(`tokenguard: error: ${(0, scrub_1.scrubMessage)(text, ctx.showSecrets)}\n(run "tokenguard --help" for usage)\n`);
        return errors_1.ExitCode.Error;
    }
    if (err instanceof errors_1.TokenguardError) {
        for (const line of err.message.split('\n'))
            ctx.io.stderr.write(`tokenguard: error: ${(0, scrub_1.scrubMessage)(line, ctx.showSecrets)}\n`);
        return err.exitCode;
    }
    const e = err;
    ctx.io.stderr.write(`tokenguard: internal error: ${(0, scrub_1.scrubMessage)(e?.stack ?? String(err), ctx.showSecrets)}\n`);
    return errors_1.ExitCode.Error;
}
/** Waits until stdout and stderr have handed everything to the OS, so exiting cannot truncate a report. */
function flush() {
    const drain = (s) => new Promise((resolve) => (s.writableLength === 0 || s.destroyed ? resolve() : s.write('', () => resolve())));
    // A write error is emitted on a later tick: let it arrive before the exit code is decided.
    const tick = () => new Promise((resolve) => setImmediate(resolve));
    return Promise.all([drain(process.stdout), drain(process.stderr)]).then(tick);
}
/**
 * The process entry point used by bin/tokenguard.js. A reader that closes stdout early (`| head`) is
 * not an error: the run ends quietly with its own exit code. Any other failure to write the report to
 * stdout is exit 2 with one line naming it.
 */
function run() {
    const io = (0, io_1.processIO)();
    const stdout = io.stdout;
    main(process.argv, io)
        .then(async (code) => {
        await flush();
        if (stdout.failure) {
            process.stderr.write(`tokenguard: error: cannot write the report to standard output: ${stdout.failure.code ?? 'write failed'}\n`);
            code = errors_1.ExitCode.Error;
        }
        process.exit(code);
    })
        .catch(async (err) => {
        process.stderr.write(`tokenguard: internal error: ${String(err)}\n`);
        await flush();
        process.exit(errors_1.ExitCode.Error);
    });
}
