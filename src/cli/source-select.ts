/** Picks and builds the source a scan reads from: working tree, stdin, the index, or history. */
import { PathMemo, pathMatcher } from '../engine/path-memo';
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError, UsageError } from '../errors';
import type { Finding } from '../engine/finding';
import { enclosingRepo, findRepo, type RepoInfo } from '../sources/git/repo';
import type { RevSelection } from '../sources/git/revs';
import type { GitResult } from '../sources/git/run';
import type { Source } from '../sources/types';
import type { RunSetup } from './setup';
import { insideRepo } from '../config/gather';

/** What a scan reads. */
export type ScanMode = 'worktree' | 'stdin' | 'staged' | 'history';

/** The mode-related flags of `tokenguard scan`. */
export interface ModeFlags {
  stdin?: boolean;
  stdinName?: string;
  staged?: boolean;
  history?: boolean;
  allObjects?: boolean;
  since?: string;
  range?: string;
  respectGitignore?: boolean;
  includeIgnored?: boolean;
  /** With --staged: the files and folders (as given, relative to the working directory) to scan the staged versions of. */
  stagedPaths?: string[];
}

/** Decides the mode from the flags; contradictory flags are a usage error naming them. */
export function scanMode(pathArg: string, flags: ModeFlags): ScanMode {
  const stdin = flags.stdin === true || pathArg === '-';
  const history = flags.history === true || flags.since !== undefined || flags.range !== undefined || flags.allObjects === true;
  const chosen = [stdin && '--stdin', flags.staged && '--staged', history && '--history'].filter(Boolean);
  if (chosen.length > 1) throw new UsageError(`${chosen.join(' and ')} cannot be combined`);
  if (flags.stdin && pathArg !== '.' && pathArg !== '-') throw new UsageError(`--stdin: cannot be combined with a path ("${pathArg}")`);
  if (flags.since !== undefined && flags.range !== undefined) throw new UsageError('--since and --range cannot be combined');
  if (flags.allObjects && (flags.since !== undefined || flags.range !== undefined)) throw new UsageError('--all-objects scans everything; it cannot be combined with --since or --range');
  if (flags.includeIgnored && chosen.length > 0) throw new UsageError(`--include-ignored scans a working tree; it cannot be combined with ${chosen[0]}`);
  return stdin ? 'stdin' : flags.staged ? 'staged' : history ? 'history' : 'worktree';
}

/** Git work started before the source is built (see startEarlyGit). */
export interface EarlyGit {
  indexDiff?: Promise<GitResult>;
}

/**
 * For the pre-commit check: starts `git diff-index` at once, so git works while the config and rules
 * load; the source picks it up. Other modes start nothing.
 */
export function startEarlyGit(mode: ScanMode, target: string): EarlyGit {
  if (mode !== 'staged') return {};
  const { startIndexDiff } = require('../sources/staged') as typeof import('../sources/staged');
  return { indexDiff: startIndexDiff(target) };
}

/** A source plus what to do with its findings once the scan is over. */
export interface SelectedSource {
  source: Source;
  /** Adds provenance the source only knows at the end (history attribution). */
  enrich(findings: Finding[]): void;
}

async function requireRepo(target: string, flag: string): Promise<RepoInfo & { top: string }> {
  const { repo } = await readableRepo(target, flag);
  if (!repo.top) throw new InputError(`${target}: ${flag} needs a working tree; this is a bare repository`);
  return repo as RepoInfo & { top: string };
}

/**
 * The repository holding `target`, a bare one included, and the folder a scan of it covers: `target`,
 * or the top when asked from inside the .git folder. One that cannot be trusted is an error.
 */
async function readableRepo(target: string, flag: string): Promise<{ repo: RepoInfo; at: string }> {
  const repo = await findRepo(target);
  if (!repo) throw new InputError(`${target}: ${flag} needs a git repository, and this is not inside one`);
  if (repo.untrustedLink) throw new InputError(`${target}: ${flag}: refusing to read this folder as a git repository: ${repo.untrustedLink}`);
  const outer = await enclosingRepo(repo);
  if (!outer) return { repo, at: target };
  if (outer.gitDir === repo.gitDir && outer.top && !outer.untrustedLink) return { repo: outer, at: outer.top };
  throw new InputError(`${target}: ${flag}: refusing to read a bare repository inside the working tree of ${outer.top} (its files can be committed there like any others)`);
}

/**
 * The part of the repository a history scan covers: the scanned path relative to the repository top,
 * or undefined for the whole repository (a scan from the top). `scan services/api --range A..B` reads
 * only what those commits changed under services/api, as the worktree scan of that folder would.
 */
export function subtreeOf(top: string, target: string, flags: ModeFlags): string | undefined {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return p;
    }
  };
  const rel = insideRepo(real(top), real(target));
  if (rel === undefined) throw new InputError(`${target}: not inside the repository at ${top}`);
  if (rel === '') return undefined;
  if (flags.allObjects) throw new UsageError('--all-objects scans every object, also those no path names; scan the repository root, not a subfolder');
  return rel;
}

/** Paths given on the command line (relative to `cwd`) as the repository names them: relative to the top, "/"-separated. */
function repoPaths(top: string, cwd: string, given: string[]): string[] {
  return given.map((p) => {
    const rel = relative(top, resolve(cwd, p)).split(sep).join('/');
    if (rel === '..' || rel.startsWith('../') || isAbsolute(rel)) throw new UsageError(`--staged: ${p} is outside the repository (${top})`);
    return rel;
  });
}

/** Builds the source for a mode; `stdin` is called only for a stdin scan. */
export async function selectSource(mode: ScanMode, target: string, flags: ModeFlags, setup: RunSetup, stdin: () => NodeJS.ReadableStream, early: EarlyGit = {}): Promise<SelectedSource> {
  const none = () => undefined;
  const common = { maxFileSize: setup.maxFileSize, policy: setup.policy };
  // Each source loads only when its mode runs: the pre-commit path never loads the history machinery.
  switch (mode) {
    case 'stdin': {
      const { StdinSource } = require('../sources/stdin') as typeof import('../sources/stdin');
      return { source: new StdinSource(stdin(), flags.stdinName ?? 'stdin'), enrich: none };
    }
    case 'worktree': {
      const { WorktreeSource } = require('../sources/worktree') as typeof import('../sources/worktree');
      return { source: new WorktreeSource(target, { ...common, gitignore: flags.respectGitignore === true, includeIgnored: flags.includeIgnored === true }), enrich: none };
    }
    case 'staged': {
      const { StagedSource } = require('../sources/staged') as typeof import('../sources/staged');
      const repo = await requireRepo(target, '--staged');
      const paths = flags.stagedPaths && repoPaths(repo.top, target, flags.stagedPaths);
      return { source: new StagedSource({ ...common, repo, indexDiff: early.indexDiff, paths }), enrich: none };
    }
    case 'history': {
      const { HistorySource } = require('../sources/history') as typeof import('../sources/history');
      // A bare repository (a mirror clone kept for an audit) has a history and no working tree: git runs in its folder.
      const { repo, at } = await readableRepo(target, '--history');
      const subtree = repo.top ? subtreeOf(repo.top, at, flags) : undefined;
      const selection: RevSelection = flags.since !== undefined ? { kind: 'since', rev: flags.since } : flags.range !== undefined ? { kind: 'range', range: flags.range } : { kind: 'all' };
      const source = new HistorySource({ ...common, repo, cwd: repo.top ?? repo.gitDir, selection, allObjects: flags.allObjects === true, subtree, profileOf: scanProfile(setup) });
      return { source, enrich: (f) => source.attribution.enrich(f) };
    }
  }
}

/**
 * What of a path changes how the engine reads a file: its generic context (credentials file, code, test
 * fixture…) and the rules restricted to matching paths. A blob met at two paths of one profile is read once.
 */
function scanProfile(setup: RunSetup): (path: string) => string {
  const { fileContext } = require('../engine/generic/context') as typeof import('../engine/generic/context');
  const pathRules = pathMatcher(
    setup.spec.definitions.filter((d) => d.path !== undefined && (d.regex !== undefined || d.extractor !== undefined)),
    (d) => d.path!,
  );
  const memo = new PathMemo(
    (path: string) =>
      `${fileContext(path).kind}${pathRules
        .get(path)
        .map((d) => `|${d.id}`)
        .join('')}`,
  );
  return (path) => memo.get(path);
}
