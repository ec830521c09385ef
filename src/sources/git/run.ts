/**
 * The one place tokenguard spawns git. Every call gets the same overrides so that a hostile
 * repository's config cannot make us run anything: no fsmonitor, hooks, external diff, textconv,
 * pagers, credential helpers or askpass programs, and never a network protocol.
 */
import { spawn, type ChildProcess, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Socket } from 'node:net';
import { GitError } from '../../errors';

/** `-c` overrides for every git call (as key=value). */
export const SAFE_OVERRIDES: readonly string[] = [
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.untrackedCache=false',
  'core.quotepath=false',
  'core.pager=cat',
  'core.askPass=',
  'core.sshCommand=false',
  'credential.helper=',
  'diff.external=',
  'protocol.allow=never',
  'gc.auto=0',
  'maintenance.auto=false',
  'feature.manyFiles=false',
  // Bound git's own memory on big packs: smaller mmap windows and delta cache than the 64-bit defaults.
  'core.packedGitWindowSize=32m',
  'core.packedGitLimit=192m',
  'core.deltaBaseCacheLimit=48m',
];
const SAFE_CONFIG = SAFE_OVERRIDES.flatMap((kv) => ['-c', kv]);

/**
 * Environment for git, from `base`: no prompts, no optional locks, no pager or external programs from
 * the environment. sources/git/hooks-info.ts starts from it too.
 */
export function gitEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  for (const key of ['GIT_EXTERNAL_DIFF', 'GIT_ASKPASS', 'SSH_ASKPASS', 'GIT_SSH', 'GIT_SSH_COMMAND', 'GIT_PAGER', 'GIT_EDITOR', 'GIT_TRACE']) delete env[key];
  env.GIT_TERMINAL_PROMPT = '0';
  env.GIT_OPTIONAL_LOCKS = '0';
  env.GIT_NO_REPLACE_OBJECTS = '1';
  env.GIT_PAGER = 'cat';
  env.LC_ALL = 'C';
  return env;
}

/**
 * glibc's tunable that backs malloc's memory with transparent huge pages where the kernel grants them on
 * request (THP mode "madvise", the usual default). A streaming git touches hundreds of megabytes (delta
 * bases, inflated blobs) and hands much of it back as it goes; on a virtual machine each first touch of
 * a 4 KiB page is a fault that leaves to the host, about 13 µs each here. On the rails-shaped history
 * git faulted 122,000 times a scan; with the tunable its cat-file faulted 4,900 times instead of 82,000,
 * and the scan took 8.2 s instead of 9.2 s (three alternating rounds). Other C libraries, and glibc
 * before 2.35, ignore it.
 */
export const HUGE_PAGES_TUNABLE = 'glibc.malloc.hugetlb=1';

/**
 * The environment for a streaming git (spawnGit, spawnGitTo): gitEnv, with GLIBC_TUNABLES set to
 * HUGE_PAGES_TUNABLE on Linux when the caller sets no tunables. A caller's own are left as they are:
 * Debian 12's glibc 2.36 applied only the first of two tunables given (`arena_max=2:hugetlb=1` left
 * git's faults as they were), so adding ours could silently drop theirs. Short git calls go without:
 * they touch too little memory to gain.
 */
export function streamingEnv(base: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): NodeJS.ProcessEnv {
  const env = gitEnv(base);
  if (platform === 'linux' && env.GLIBC_TUNABLES === undefined) env.GLIBC_TUNABLES = HUGE_PAGES_TUNABLE;
  return env;
}

/** Full argv for a git call: the safe overrides, then the command. */
export function gitArgv(args: string[]): string[] {
  return [...SAFE_CONFIG, ...args];
}

/** Spawns git for streaming (cat-file --batch, log --raw). The caller owns the process. */
export function spawnGit(cwd: string, args: string[]): ChildProcessWithoutNullStreams {
  return spawn('git', gitArgv(args), { cwd, env: streamingEnv(), stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
}

/** Spawns git with its stdout going to `stdout` (a loopback socket, loopback.ts): child.stdout is null. */
export function spawnGitTo(cwd: string, args: string[], stdout: Socket): ChildProcess {
  return spawn('git', gitArgv(args), { cwd, env: streamingEnv(), stdio: ['pipe', stdout, 'pipe'], windowsHide: true });
}

/** Options for a buffered git call. */
export interface GitCallOptions {
  input?: string | Buffer;
  /** Exit codes that are not errors (e.g. 1 for "no" answers). */
  okCodes?: number[];
}

/** Result of a buffered git call. */
export interface GitResult {
  stdout: Buffer;
  stderr: string;
  code: number;
}

/** Runs git to completion and returns its output; a non-zero exit is a GitError naming the command. */
export function runGit(cwd: string, args: string[], options: GitCallOptions = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    let child: ChildProcessWithoutNullStreams;
    try {
      child = spawnGit(cwd, args);
    } catch (err) {
      reject(spawnError(err as NodeJS.ErrnoException));
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e: NodeJS.ErrnoException) => reject(spawnError(e)));
    child.on('close', (code, signal) => {
      const stderr = Buffer.concat(err).toString('utf8');
      const exit = code ?? -1;
      if (exit === 0 || options.okCodes?.includes(exit)) {
        resolve({ stdout: Buffer.concat(out), stderr, code: exit });
      } else {
        reject(gitFailure(args, exit, signal, stderr));
      }
    });
    child.stdin.on('error', () => undefined); // git may exit before reading all input; its exit code tells.
    child.stdin.end(options.input ?? '');
  });
}

function spawnError(e: NodeJS.ErrnoException): GitError {
  if (e.code === 'ENOENT') return new GitError('git is not installed or not on PATH; install git to scan repositories');
  return new GitError(`cannot run git: ${e.message}`);
}

/** A GitError for a failed command, with git's own first error line. */
export function gitFailure(args: string[], code: number, signal: NodeJS.Signals | null, stderr: string): GitError {
  const line =
    stderr
      .split('\n')
      .map((l) => l.trim())
      .find((l) => /^(fatal|error):/.test(l)) ??
    stderr.split('\n').find((l) => l.trim()) ??
    '';
  const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
  const hint = HINTS.find(([pattern]) => pattern.test(stderr))?.[1] ?? '';
  return new GitError(`git ${args[0]} ${how}${line ? `: ${line}` : ''}${hint}`);
}

/** What to do about the git failures people meet most, by what git says. */
const HINTS: Array<[RegExp, string]> = [
  [/dubious ownership/, ' (mark the repository safe with: git config --global --add safe.directory <path>)'],
  // git asks a partial clone's promisor remote for an object it lacks, which protocol.allow=never refuses.
  [/transport '[^']*' not allowed/, ' (an object a partial clone left out: tokenguard never lets git fetch; clone or fetch without --filter to scan it)'],
];

/** Splits NUL-terminated git output into raw byte strings (paths stay raw, thanks to -z). */
export function splitNul(buf: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (;;) {
    const end = buf.indexOf(0, start);
    if (end < 0) break;
    out.push(buf.subarray(start, end));
    start = end + 1;
  }
  if (start < buf.length) out.push(buf.subarray(start));
  return out;
}
