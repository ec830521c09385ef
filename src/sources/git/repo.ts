/** Small questions about a repository, answered by git through the safe runner. */
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { runGit, splitNul } from './run';
import { GitError } from '../../errors';

/** Facts about the repository that contains a path. */
export interface RepoInfo {
  /** Absolute path of the working tree's top level (undefined for a bare repository). */
  top?: string;
  gitDir: string;
  /** The git directory all of its worktrees share (refs, reflogs, objects): gitDir unless this is a linked worktree. */
  commonDir?: string;
  shallow: boolean;
  bare: boolean;
  /**
   * Set when the top's `.git` is a file (or link) naming a git directory outside the tree that does not
   * link back to it: a planted pointer that would make git describe another repository's files.
   */
  untrustedLink?: string;
}

const repos = new Map<string, Promise<RepoInfo | undefined>>();

/** Repository facts for `dir`, or undefined when `dir` is not inside a git repository (asked once per directory). */
export function findRepo(dir: string): Promise<RepoInfo | undefined> {
  let known = repos.get(dir);
  if (!known) {
    known = askRepo(dir);
    repos.set(dir, known);
  }
  return known;
}

async function askRepo(dir: string): Promise<RepoInfo | undefined> {
  let out: string;
  try {
    const questions = ['rev-parse', '--is-bare-repository', '--absolute-git-dir', '--is-shallow-repository', '--git-common-dir'];
    let r = await runGit(dir, [...questions, '--show-toplevel'], { okCodes: [128] });
    // git 2.25 and later refuse --show-toplevel where there is no working tree (a bare repository, or
    // inside a .git folder), failing the whole call: asked again without it, such a repository has no top.
    if (r.code === 128 && /must be run in a work tree/i.test(r.stderr)) r = await runGit(dir, questions, { okCodes: [128] });
    if (r.code === 128) {
      if (/not a git repository/i.test(r.stderr)) return undefined;
      throw new GitError(`git rev-parse failed in ${dir}: ${r.stderr.split('\n')[0]}`);
    }
    out = r.stdout.toString('utf8');
  } catch (err) {
    if (err instanceof GitError && /not installed/.test(err.message)) return undefined;
    throw err;
  }
  const [bare, gitDir, shallow, common, top] = out.split('\n');
  // Relative to the folder asked about, when git does not print it whole.
  const info: RepoInfo = { bare: bare === 'true', gitDir, commonDir: common ? resolve(dir, common) : undefined, shallow: shallow === 'true', top: top || undefined };
  const problem = top ? await gitLinkProblem(top, gitDir) : undefined;
  if (problem) info.untrustedLink = problem;
  return info;
}

/**
 * The repository with a working tree around one that has none, or undefined. Git finds no top inside a
 * .git folder (the same repository, its gitDir the same) or in a bare repository, whose files can be
 * committed like any others: a pull request can plant one in a folder, and a history scan of that
 * folder would then read the planted history instead of the real one (git's safe.bareRepository=explicit
 * refuses such repositories too). Both its own folder and the one its objects and refs live in are
 * looked around, past any bare repository above them: the planted files choose the second (`commondir`)
 * and can nest one bare repository in another.
 */
export async function enclosingRepo(repo: RepoInfo): Promise<RepoInfo | undefined> {
  if (repo.top) return undefined;
  for (const dir of new Set([repo.gitDir, repo.commonDir ?? repo.gitDir])) {
    const outer = await treeAround(dir);
    if (outer) return outer;
  }
  return undefined;
}

/** The first repository with a working tree that a folder lies inside, looking past bare ones. */
async function treeAround(dir: string): Promise<RepoInfo | undefined> {
  const seen = new Set<string>();
  for (let at = dir; !seen.has(at); ) {
    seen.add(at);
    const parent = dirname(at);
    if (parent === at) return undefined;
    const outer = await findRepo(parent).catch(() => undefined);
    if (!outer || outer.top) return outer;
    at = outer.gitDir; // with GIT_DIR set, every folder is that repository: met again, the loop ends
  }
  return undefined;
}

const real = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
};

/**
 * Why the top's `.git` cannot be trusted, or undefined. A `.git` directory, or a `.git` file naming a
 * git directory inside the tree, is the repository itself. One naming a directory elsewhere is
 * trusted only when that directory links back here: a linked worktree (its `gitdir` file names this
 * `.git`) or a submodule (its `core.worktree` names this folder). Nothing in the tree can fake those.
 */
async function gitLinkProblem(top: string, gitDir: string): Promise<string | undefined> {
  const dotGit = join(top, '.git');
  try {
    if (lstatSync(dotGit).isDirectory()) return undefined;
  } catch {
    return undefined; // no .git here: GIT_DIR or a parent's repository, set up by the user
  }
  if (!relative(real(top), real(gitDir)).startsWith('..')) return undefined;
  try {
    if (real(readFileSync(join(gitDir, 'gitdir'), 'utf8').trim()) === real(dotGit)) return undefined;
  } catch {
    // not a linked worktree
  }
  const r = await runGit(top, ['config', '--file', join(gitDir, 'config'), '--get', 'core.worktree'], { okCodes: [1] }).catch(() => undefined);
  const worktree = r?.stdout.toString('utf8').trim();
  if (worktree && real(resolve(gitDir, worktree)) === real(top)) return undefined;
  return 'its .git names a git directory outside the tree that does not link back to it';
}

/** True when git ignores `dir` itself (e.g. a build folder the user asked to scan explicitly). */
export async function isIgnored(cwd: string, path: string): Promise<boolean> {
  const r = await runGit(cwd, ['check-ignore', '-q', '--', path], { okCodes: [1] });
  return r.code === 0;
}

/** What `git ls-files` says about the working tree under the cwd. */
export interface WorktreeListing {
  /** Tracked regular files and symlinks, relative to the cwd, raw bytes. */
  tracked: Buffer[];
  /** Tracked entries that are submodules (gitlinks). */
  gitlinks: Buffer[];
  /** Tracked files deleted from the working tree (not an error to miss them). */
  deleted: Set<string>;
  /** Untracked files that are not ignored. */
  untracked: Buffer[];
  /**
   * Untracked files git ignores: each one when asked for them all, else as git lists them with
   * `--directory` (a folder whose whole content is ignored once, with a trailing slash, not walked).
   */
  ignored: Buffer[];
  /**
   * Directories git could not open while looking for untracked files (it only warns and exits 0),
   * relative to the repository top, with git's reason. Whatever they hold was not listed.
   */
  unreadableDirs: Array<{ path: string; reason: string }>;
}

const UNREADABLE_DIR = /^warning: could not open directory '(.*)\/?': (.*)$/;

/**
 * Lists tracked, deleted, untracked and ignored files under `dir` (every ignored file when `allIgnored`).
 * Two git processes, not four: one listing tags each entry (`-t`): `?` untracked, `R` deleted from the
 * working tree (listed again, as well as under its index tag), any other tag an index entry.
 */
export async function listWorktree(dir: string, allIgnored = false): Promise<WorktreeListing> {
  const [listed, ignored] = await Promise.all([
    runGit(dir, ['ls-files', '-z', '-t', '--stage', '--deleted', '--others', '--exclude-standard']),
    runGit(dir, ['ls-files', '-z', '--others', '--ignored', '--exclude-standard', ...(allIgnored ? [] : ['--directory'])]),
  ]);
  const tracked: Buffer[] = [];
  const gitlinks: Buffer[] = [];
  const deleted = new Set<string>();
  const untracked: Buffer[] = [];
  const seen = new Set<string>();
  for (const raw of splitNul(listed.stdout)) {
    if (raw.length < 3 || raw[1] !== 32) throw new GitError(`unexpected git ls-files output: ${JSON.stringify(raw.toString('latin1', 0, 60))}`);
    const tag = raw[0];
    const entry = raw.subarray(2);
    if (tag === 0x3f) {
      untracked.push(entry);
      continue;
    }
    const tab = entry.indexOf(9);
    if (tab < 0) continue;
    const mode = entry.toString('latin1', 0, 6);
    const path = entry.subarray(tab + 1);
    const key = path.toString('latin1');
    if (tag === 0x52) {
      deleted.add(key);
      continue;
    }
    if (seen.has(key)) continue; // unmerged paths appear once per stage
    seen.add(key);
    (mode === '160000' ? gitlinks : tracked).push(path);
  }
  return {
    tracked,
    gitlinks,
    deleted,
    untracked,
    ignored: splitNul(ignored.stdout),
    // Ignored folders are read only when every ignored file is wanted; then what they hide counts too.
    unreadableDirs: unreadable(allIgnored ? `${listed.stderr}\n${ignored.stderr}` : listed.stderr),
  };
}

/** The folders git warned it could not open, each once. */
function unreadable(stderr: string): WorktreeListing['unreadableDirs'] {
  const found = new Map<string, string>();
  for (const line of stderr.split('\n')) {
    const m = UNREADABLE_DIR.exec(line);
    if (m) found.set(m[1].replace(/\/$/, ''), m[2]);
  }
  return [...found].map(([path, reason]) => ({ path, reason }));
}
