/** Shared pieces of the io-* hardening tests: JSON scans, a git wrapper on PATH, peak-memory runs. */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, cleanEnv, runCli, runInProcess } from '../helpers/cli';
import { tempDir } from '../helpers/fs';

/** The parts of a JSON report these tests look at. */
export interface IoReport {
  summary: { files: number; findings: number; complete: boolean; skipped: number; problems: number; shallow?: boolean };
  findings: Array<{ path: string; ruleId: string; commit?: string }>;
  skipped: Array<{ path: string; reason: string; size?: number; commit?: string }>;
  problems: Array<{ path?: string; message: string }>;
  warnings: string[];
}

/**
 * Runs `tokenguard scan ... --format json` and parses the report (it is written even when the exit code
 * is 2). In-process, unless `spawn` is set or a hang guard (`timeoutMs`) is given: a scan that could
 * block on a FIFO, or that needs a test hook read when the CLI or its workers start, runs the real binary.
 */
export async function scanJson(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; spawn?: boolean } = {}) {
  const argv = ['scan', ...args, '--format', 'json'];
  const r = opts.spawn || opts.timeoutMs !== undefined ? await runCli(argv, opts) : await runInProcess(argv, opts);
  let report: IoReport | undefined;
  try {
    report = JSON.parse(r.stdout) as IoReport;
  } catch {
    throw new Error(`no JSON report (exit ${r.code}); stderr: ${r.stderr}`);
  }
  return { code: r.code, report, stderr: r.stderr, paths: report.findings.map((f) => f.path).sort() };
}

/** The stderr lines that name `path` (each problem is one line of the summary). */
export function linesNaming(stderr: string, path: string): string[] {
  return stderr.split('\n').filter((l) => l.includes(path));
}

const TIME = '/usr/bin/time';
const REAL_GIT = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();

/**
 * An environment whose PATH starts with a `git` wrapper: the first call whose arguments contain
 * `match` runs `action` (shell, with $REAL = the real git) instead of plain git; every other call is
 * the real git. A marker directory makes "first" hold across processes. With `onInput`, "first" is the
 * first such call to be sent a line on its stdin, which `action` then reads with the rest: a history
 * scan starts two `cat-file --batch` processes (the reader, and a spare that waits unused until the
 * settling at the end), and when the spare won the race to the marker the reader was never cut.
 */
export function gitWrapperEnv(match: string, action: string, { onInput = false } = {}): NodeJS.ProcessEnv {
  const bin = tempDir('tg-wrap-');
  const once = join(bin, 'fired');
  const fire = onInput
    ? [
        '  IFS= read -r first || exec "$REAL" "$@" </dev/null',
        `  if mkdir '${once}' 2>/dev/null; then`,
        `    { printf '%s\\n' "$first"; cat; } | { ${action}; }`,
        '    exit $?',
        '  fi',
        `  { printf '%s\\n' "$first"; cat; } | "$REAL" "$@"`,
        '  exit $?;;',
      ]
    : [`  if mkdir '${once}' 2>/dev/null; then`, `    ${action}`, '  fi;;'];
  const script = ['#!/bin/sh', `REAL='${REAL_GIT}'`, `case " $* " in *" ${match} "*)`, ...fire, 'esac', 'exec "$REAL" "$@"'].join('\n');
  writeFileSync(join(bin, 'git'), script + '\n');
  chmodSync(join(bin, 'git'), 0o755);
  return cleanEnv({ PATH: `${bin}:${process.env.PATH ?? ''}` });
}

/** True once the wrapper made by gitWrapperEnv has fired (its marker exists). */
export function wrapperFired(env: NodeJS.ProcessEnv): boolean {
  return existsSync(join(env.PATH!.split(':')[0], 'fired'));
}

/**
 * Runs the CLI and measures its peak resident memory. With /usr/bin/time (GNU) the figure is the
 * kernel's exact maximum RSS of the largest process in the tree (node, whose threads share one RSS, or
 * a git child); without it, the node process's VmHWM (the kernel's high-water mark) polled from /proc
 * every 20 ms. The largest git child's VmHWM is polled and reported separately either way.
 */
export function runWithPeakRss(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string; peakMiB: number; gitMiB: number }> {
  const hwm = (pid: number | string): number => {
    try {
      return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    } catch {
      return 0; // the process already ended
    }
  };
  return new Promise((resolve, reject) => {
    const timed = existsSync(TIME) ? [TIME, '-f', 'TG_MAX_RSS_KIB=%M', process.execPath] : [process.execPath];
    const child = spawn(timed[0], [...timed.slice(1), BIN, ...args], { cwd, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let peakMiB = 0;
    let gitMiB = 0;
    const children = (pid: number | string): string[] => {
      try {
        return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean);
      } catch {
        return [];
      }
    };
    const sample = () => {
      // Under /usr/bin/time the CLI's node process is time's child.
      const node = timed.length > 1 ? children(child.pid!)[0] : String(child.pid);
      if (!node) return;
      peakMiB = Math.max(peakMiB, hwm(node));
      for (const k of children(node)) gitMiB = Math.max(gitMiB, hwm(k));
    };
    const timer = setInterval(sample, 20);
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    // 'exit' fires before stdio closes, while /proc still may hold the final figure.
    child.on('exit', () => sample());
    child.on('close', (code) => {
      clearInterval(timer);
      let stderr = Buffer.concat(err).toString('utf8');
      const m = /TG_MAX_RSS_KIB=(\d+)\n?$/.exec(stderr);
      if (m) {
        peakMiB = Math.max(peakMiB, Number(m[1]) / 1024);
        stderr = stderr.slice(0, m.index);
      }
      resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr, peakMiB, gitMiB });
    });
  });
}
