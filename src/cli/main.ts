/**
 * The command-line entry point: parses flags with commander, runs a command, and maps every outcome
 * to an exit code. This is the only module that calls process.exit.
 */
import { Command, CommanderError } from 'commander';
import { ExitCode, TokenguardError } from '../errors';
import { toolVersion } from '../report/model';
import { registerScan } from './commands/scan';
import { registerRules } from './commands/rules';
import { registerInstallHook } from './commands/install-hook';
import { registerBaseline } from './commands/baseline';
import { registerRevoke } from './commands/revoke';
import { registerInventory } from './commands/inventory';
import { scrubMessage } from './scrub';
import { GuardedStream, processIO, type CliIO } from './io';
import { safeText } from '../report/escape';

export const EXIT_CODES_HELP = `
Exit codes:
  0  no findings
  1  findings reported
  2  error: bad flags, invalid config or rules, unreadable input, or an incomplete scan`;

/** State shared between the commander actions and the exit-code mapping. */
export interface CliContext {
  exitCode: number;
  showSecrets: boolean;
  io: CliIO;
}

function buildProgram(ctx: CliContext): Command {
  const program = new Command('tokenguard')
    .description('Find leaked API tokens, keys and passwords in working trees, git history and CI logs.')
    .version(toolVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({ outputError: () => undefined, writeOut: (s) => void ctx.io.stdout.write(s), writeErr: (s) => void ctx.io.stderr.write(s) })
    .showSuggestionAfterError(true)
    .addHelpText('after', EXIT_CODES_HELP);
  registerScan(program, ctx);
  registerRules(program, ctx);
  registerInstallHook(program, ctx);
  registerBaseline(program, ctx);
  registerRevoke(program, ctx);
  registerInventory(program, ctx);
  return program;
}

/** Runs the CLI with `argv` (as in process.argv) on `io` (the real process by default) and resolves to the exit code. */
export async function main(argv: string[], given: CliIO = processIO()): Promise<number> {
  // Everything on stderr quotes repository data sooner or later (paths, names, git's messages): no
  // control character or workflow command gets through. The progress bar keeps the raw stream.
  // stdin stays a getter (not spread, which would read it): only a stdin scan opens the real one.
  const io: CliIO = {
    stdout: given.stdout,
    stderr: { write: (s) => given.stderr.write(safeText(s)), isTTY: given.stderr.isTTY },
    rawStderr: given.rawStderr ?? given.stderr,
    get stdin() {
      return given.stdin;
    },
    env: given.env,
    cwd: given.cwd,
  };
  const ctx: CliContext = { exitCode: ExitCode.Clean, showSecrets: argv.includes('--show-secrets'), io };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync(argv);
    return ctx.exitCode;
  } catch (err) {
    return reportError(err, ctx);
  }
}

function reportError(err: unknown, ctx: CliContext): number {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return ExitCode.Clean;
    const text = err.message.replace(/^error: /, '');
    ctx.io.stderr.write(`tokenguard: error: ${scrubMessage(text, ctx.showSecrets)}\n(run "tokenguard --help" for usage)\n`);
    return ExitCode.Error;
  }
  if (err instanceof TokenguardError) {
    for (const line of err.message.split('\n')) ctx.io.stderr.write(`tokenguard: error: ${scrubMessage(line, ctx.showSecrets)}\n`);
    return err.exitCode;
  }
  const e = err as Error;
  ctx.io.stderr.write(`tokenguard: internal error: ${scrubMessage(e?.stack ?? String(err), ctx.showSecrets)}\n`);
  return ExitCode.Error;
}

/** Waits until stdout and stderr have handed everything to the OS, so exiting cannot truncate a report. */
function flush(): Promise<void> {
  const drain = (s: NodeJS.WriteStream) => new Promise<void>((resolve) => (s.writableLength === 0 || s.destroyed ? resolve() : s.write('', () => resolve())));
  // A write error is emitted on a later tick: let it arrive before the exit code is decided.
  const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
  return Promise.all([drain(process.stdout), drain(process.stderr)]).then(tick);
}

/**
 * The process entry point used by bin/tokenguard.js. A reader that closes stdout early (`| head`) is
 * not an error: the run ends quietly with its own exit code. Any other failure to write the report to
 * stdout is exit 2 with one line naming it.
 */
export function run(): void {
  const io = processIO();
  const stdout = io.stdout as GuardedStream;
  main(process.argv, io)
    .then(async (code) => {
      await flush();
      if (stdout.failure) {
        process.stderr.write(`tokenguard: error: cannot write the report to standard output: ${stdout.failure.code ?? 'write failed'}\n`);
        code = ExitCode.Error;
      }
      process.exit(code);
    })
    .catch(async (err) => {
      process.stderr.write(`tokenguard: internal error: ${String(err)}\n`);
      await flush();
      process.exit(ExitCode.Error);
    });
}
