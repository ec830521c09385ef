/** Runs the real CLI (the built dist/) as a child process. */
import { spawn } from 'node:child_process';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { trackedTempDir } from './temp';

export const ROOT = join(__dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'tokenguard.js');
/** The code cache spawned runs share (test/e2e/code-cache.test.ts tests the per-user default). */
const SHARED_CODE_CACHE = join(ROOT, 'node_modules', '.cache', 'tokenguard-code');

/** What a CLI run produced. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** In-process runs only: text written to the real process streams instead of the injected ones (none expected). */
  stray?: string;
}

/** A clean environment: no GIT_* leaking in from a hook, no global config, no colour. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_') && k !== 'FORCE_COLOR') env[k] = v;
  const home = trackedTempDir('tg-home-');
  return {
    ...env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    // One code cache (src/boot.ts) for every spawned run: a fresh HOME each would have each run write its own.
    TOKENGUARD_CODE_CACHE: SHARED_CODE_CACHE,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    ...extra,
  };
}

/** Runs `tokenguard ...args` in `cwd`, feeding `input` on stdin. */
export function runCli(args: string[], opts: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env: opts.env ?? cleanEnv() });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal) reject(new Error(`tokenguard ${args.join(' ')} was killed by ${signal}; stderr: ${Buffer.concat(err).toString()}`));
      else resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.input ?? '');
  });
}

/**
 * Node's own module loader. Jest gives every test file a fresh module registry and evaluates each module
 * without V8's code cache, and its `createRequire`, `require.main` and `process` are its own; the `module`
 * built-in's `_load` is still Node's.
 */
const nodeLoad = (request: string): unknown => (require('node:module') as { _load(request: string, parent: null, isMain: boolean): unknown })._load(request, null, false);

/** The process object the built CLI sees (jest's `process` is a copy with an env of its own). */
const realProcess = nodeLoad('node:process') as NodeJS.Process;

/**
 * The built CLI (dist/, which `npm test` checks against a fresh build of src/), loaded by Node, not jest:
 * loaded through jest, src/cli/main and its dependencies were evaluated again in every test file (six
 * in-process files run one after another: 28.5 s of CPU, against 23.3 s this way), and the patterns they
 * compiled were compiled again too. Node loads it once per jest worker, like the worker threads'
 * dist/scan/worker.js. Loaded on first use: a file that only spawns the CLI does not pay for it.
 */
const builtCli = () => nodeLoad(join(ROOT, 'dist', 'cli', 'main.js')) as typeof import('../../src/cli/main');

/**
 * Runs `tokenguard ...args` in this process through main(), with its own streams, env and cwd: for large
 * matrices (a spawn costs a node start-up and rule loading each time). Worker threads, when a scan starts
 * them, run the built worker in dist/. test/e2e/spawned.test.ts proves the real binary per command.
 */
export async function runInProcess(args: string[], opts: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv; tty?: boolean } = {}): Promise<CliResult> {
  const { main } = builtCli();
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[]) => ({ write: (c: string) => (into.push(c), true), isTTY: opts.tty === true });
  const stdin = Readable.from(opts.input === undefined ? [] : [Buffer.from(opts.input)]);
  // Anything written to the real process streams during the run, bypassing the injected ones, is kept
  // in `stray` (and still written): a leak check looks there too, so it sees all that a spawned CLI
  // would have printed. (Jest's own progress output can land there when it runs in this process.)
  const stray: string[] = [];
  const real = { stdout: process.stdout.write, stderr: process.stderr.write };
  const tee = (stream: NodeJS.WriteStream, write: typeof stream.write) =>
    ((c: string | Uint8Array, ...rest: unknown[]) => (stray.push(String(c)), Reflect.apply(write, stream, [c, ...rest]))) as typeof stream.write;
  process.stdout.write = tee(process.stdout, real.stdout);
  process.stderr.write = tee(process.stderr, real.stderr);
  // The run's environment is also process.env while it lasts, as in a spawned CLI: git children and
  // worker threads take process.env, not the env main() is given.
  const env = opts.env ?? cleanEnv();
  const outer = { jest: process.env, node: realProcess.env };
  process.env = env;
  realProcess.env = env;
  try {
    const code = await main(['node', 'tokenguard', ...args], { stdout: sink(out), stderr: sink(err), stdin, env, cwd: opts.cwd ?? ROOT });
    return { code, stdout: out.join(''), stderr: err.join(''), stray: stray.join('') };
  } finally {
    process.env = outer.jest;
    realProcess.env = outer.node;
    process.stdout.write = real.stdout;
    process.stderr.write = real.stderr;
  }
}
