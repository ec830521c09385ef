/**
 * Shared pieces of the attack suite: temp folders removed after each file, hostile repositories built
 * with real git, a listener on 127.0.0.1 that counts every connection an attacker's config could aim
 * at it, a marker folder that planted code would write to, and the checks every attack ends with:
 * nothing ran, nothing was sent, no raw secret on stdout, stderr or in any file written.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli, runInProcess, type CliResult } from '../helpers/cli';
import { headCommit, NO_GPGSIGN } from '../helpers/fs';

/** Temp folders of one test file; `cleanup()` (in afterAll) removes them all. */
export class Workspace {
  private readonly dirs: string[] = [];

  dir(prefix = 'tg-attack-'): string {
    const d = mkdtempSync(join(tmpdir(), prefix));
    this.dirs.push(d);
    return d;
  }

  cleanup(): void {
    for (const d of this.dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  }

  /** An environment like CI's: its own HOME and config directory (inside this workspace), no colour, no GIT_*. */
  env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    const home = this.dir('tg-home-');
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_') && k !== 'FORCE_COLOR' && !k.startsWith('TOKENGUARD_')) env[k] = v;
    return {
      ...env,
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      ...extra,
    };
  }

  /** Writes files under `root`, creating folders. */
  write(root: string, files: Record<string, string | Buffer>): string {
    for (const [rel, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, rel)), { recursive: true });
      writeFileSync(join(root, rel), content);
    }
    return root;
  }

  /** A git repository on branch main with one commit of `files`. */
  repo(files: Record<string, string | Buffer>): string {
    const dir = this.dir('tg-attack-repo-');
    this.git(dir, 'init', '-q', '-b', 'main');
    appendFileSync(join(dir, '.git', 'config'), NO_GPGSIGN);
    this.write(dir, files);
    this.commit(dir, 'base');
    return dir;
  }

  git(cwd: string, ...args: string[]): string {
    return execFileSync('git', args, { cwd, env: this.gitEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  /** Stages everything and commits; returns the commit id. */
  commit(dir: string, message: string, env: NodeJS.ProcessEnv = {}): string {
    this.git(dir, 'add', '-A');
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], { cwd: dir, env: { ...this.gitEnv, ...env }, stdio: 'ignore' });
    return headCommit(dir);
  }

  private gitEnvCache?: NodeJS.ProcessEnv;
  private get gitEnv(): NodeJS.ProcessEnv {
    return (this.gitEnvCache ??= this.env());
  }
}

/** A TCP listener on 127.0.0.1 that counts connections (and closes them at once). */
export class Listener {
  hits = 0;
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((s) => {
      this.hits++;
      s.destroy();
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    const address = this.server.address();
    return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }

  stop(): Promise<void> {
    return new Promise((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}

/** Every file under `dir`, recursively (skipping .git), with its bytes. */
function filesUnder(dir: string): Array<[string, Buffer]> {
  const out: Array<[string, Buffer]> = [];
  for (const name of readdirSync(dir)) {
    if (name === '.git') continue;
    const p = join(dir, name);
    const st = statSync(p, { throwIfNoEntry: false });
    if (st?.isDirectory()) out.push(...filesUnder(p));
    else if (st?.isFile()) out.push([p, readFileSync(p)]);
  }
  return out;
}

/** What an attack must leave behind: no marker, no connection, no raw secret in output or written files. */
export interface Aftermath {
  result: CliResult;
  secrets: string[];
  markers?: string;
  listener?: Listener;
  /** Files tokenguard wrote (reports, baselines), checked for raw secrets. */
  written?: string[];
  /** Folders tokenguard may have written into, checked the same way. */
  writtenDirs?: string[];
}

/** The checks every attack ends with. */
export function expectNothingLeaked(a: Aftermath): void {
  if (a.markers) expect(readdirSync(a.markers)).toEqual([]);
  if (a.listener) expect(a.listener.hits).toBe(0);
  // Each written file is read once, however many secrets are looked for in it (a SARIF report can be tens of MB).
  const written = (a.written ?? []).map((f) => readFileSync(f, 'utf8'));
  const inDirs = (a.writtenDirs ?? []).flatMap((d) => filesUnder(d).map(([, bytes]) => bytes));
  for (const secret of a.secrets) {
    expect(a.result.stdout).not.toContain(secret);
    expect(a.result.stderr).not.toContain(secret);
    for (const text of written) expect(text).not.toContain(secret);
    for (const bytes of inDirs) expect(bytes.includes(Buffer.from(secret))).toBe(false);
  }
}

/** Runs the CLI in this process (main() with its own streams, env and cwd). */
export function tg(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<CliResult> {
  return runInProcess(args, { cwd, env });
}

/** Runs the real binary (bin/tokenguard.js) as a child process. */
export function tgProcess(args: string[], cwd: string, env: NodeJS.ProcessEnv, input?: string): Promise<CliResult> {
  return runCli(args, { cwd, env, input });
}

/** The JSON report a run printed. */
export function jsonOf(r: CliResult): {
  findings: Array<Record<string, unknown> & { ruleId: string; path: string; notes?: string[]; secretId: string; fingerprint: string }>;
  warnings: string[];
  summary: Record<string, unknown>;
} {
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error(`no JSON report (exit ${r.code}); stderr: ${r.stderr}`);
  }
}
