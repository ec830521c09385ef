/** Temp folders and git repositories built for one test. */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cleanEnv } from './cli';
import { trackedTempDir } from './temp';

/** A fresh empty directory, removed after the test file (see temp.ts). */
export function tempDir(prefix = 'tg-'): string {
  return trackedTempDir(prefix);
}

/** Writes files (path → content) under `root`, creating folders. */
export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const abs = join(root, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
}

const gitEnv = cleanEnv();

/** Runs git in `cwd` with a clean, deterministic environment. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Appended to a new repository's .git/config: what `git config commit.gpgsign false` writes, without another git process. */
export const NO_GPGSIGN = '[commit]\n\tgpgsign = false\n';

/** A new repository with one branch named main. */
export function gitRepo(files: Record<string, string | Buffer> = {}): string {
  const dir = tempDir('tg-repo-');
  git(dir, 'init', '-q', '-b', 'main');
  appendFileSync(join(dir, '.git', 'config'), NO_GPGSIGN);
  writeTree(dir, files);
  return dir;
}

/**
 * The commit id HEAD names: read from .git when HEAD is a loose ref or detached (a repository these
 * helpers made), else `git rev-parse HEAD`. Saves a git process per commit; see NO_GPGSIGN.
 */
export function headCommit(dir: string): string {
  const id = /^[0-9a-f]{40}$/;
  try {
    const head = readFileSync(join(dir, '.git', 'HEAD'), 'utf8').trim();
    if (id.test(head)) return head;
    const ref = /^ref: (refs\/[^\s]+)$/.exec(head)?.[1];
    const at = ref && readFileSync(join(dir, '.git', ref), 'utf8').trim();
    if (at && id.test(at)) return at;
  } catch {
    // not a plain .git folder, or a packed ref: ask git
  }
  return git(dir, 'rev-parse', 'HEAD').trim();
}

/**
 * Stages everything and commits (at `date` when given, ISO 8601, as author and committer date). One
 * shell runs both git commands: a spawn forks this process, and a jest worker holding hundreds of MB
 * takes tens of milliseconds to fork; the shell is small.
 */
export function commitAll(dir: string, message = 'commit', date?: string): string {
  const env = date ? { ...gitEnv, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : gitEnv;
  execFileSync('sh', ['-c', 'git add -A && git commit -q --allow-empty -m "$1"', 'sh', message], { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return headCommit(dir);
}
