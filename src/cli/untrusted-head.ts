/**
 * --untrusted-head: the head of `--range A..B` is the pull request, so the repository's own settings
 * (config, .tokenguardignore, baseline, inline markers) are read from the base revision A, the way
 * CODEOWNERS works. What the head adds for itself is not honoured; findings it would have suppressed
 * are reported with a note saying so (suppress/self-suppression.ts).
 */
import RE2 from 're2';
import { gatherConfigs, insideRepo, type BaseTree } from '../config/gather';
import type { TreeView } from '../config/load';
import { UsageError } from '../errors';
import { parseIgnoreFile } from '../suppress/ignore-file';
import { findIgnoreFile, type DataReader } from '../suppress/locate';
import type { HeadSuppressions } from '../suppress/self-suppression';
import { readDataFile, type DataFile } from '../sources/data-file';
import { readAtRevision, type RevisionEntry } from '../sources/git/at-revision';
import { verifyCommit } from '../sources/git/revs';
import { resolveIn, shownPath, type CliIO } from './io';
import type { RunSetup } from './setup';

/** One commit's tree, read lazily and cached, shown as "abc123def456:path". */
export class RevisionTree implements BaseTree {
  private readonly cache = new Map<string, RevisionEntry | null>();

  constructor(
    readonly top: string,
    readonly commit: string,
  ) {}

  /** Reads the paths not read yet and returns a view over everything read so far. */
  async view(paths: string[]): Promise<TreeView> {
    const missing = [...new Set(paths)].filter((p) => !this.cache.has(p));
    if (missing.length > 0) {
      const got = await readAtRevision(this.top, this.commit, missing);
      for (const p of missing) this.cache.set(p, got.get(p) ?? null);
    }
    return {
      kind: (p) => this.cache.get(p)?.kind,
      read: (p) => {
        const e = this.cache.get(p);
        return e && e.kind === 'file' ? e.bytes : Buffer.alloc(0);
      },
    };
  }

  /** The bytes of one file at this commit, or undefined when it is not a file there. */
  async file(path: string): Promise<Buffer | undefined> {
    const view = await this.view([path]);
    return view.kind(path) === 'file' ? view.read(path) : undefined;
  }

  shown(path: string): string {
    return `${this.commit.slice(0, 12)}:${path}`;
  }
}

/** The two ends of an untrusted range. */
export interface UntrustedRange {
  base: RevisionTree;
  head: RevisionTree;
}

/** Resolves both ends of `A..B`; the base must be named (an open range has no trusted side). */
export async function untrustedRange(top: string, range: string): Promise<UntrustedRange> {
  const m = /^(.+?)\.\.(.+)$/.exec(range);
  if (!m || m[1].startsWith('.') || m[2].startsWith('.')) throw new UsageError('--untrusted-head: --range must be A..B with both ends named');
  const [base, head] = await Promise.all([verifyCommit(top, m[1], '--range'), verifyCommit(top, m[2], '--range')]);
  return { base: new RevisionTree(top, base), head: new RevisionTree(top, head) };
}

/**
 * Reads the repository's data files (ignore file, baseline). With --untrusted-head, a file inside the
 * repository is read from the base revision, whoever named it (the default search or a flag): the
 * head may have rewritten it. Elsewhere, and in every other mode, from disk.
 */
export class RepositoryFiles {
  constructor(
    private readonly io: CliIO,
    private readonly setup: RunSetup,
    private readonly warnings: string[],
  ) {}

  /** The file at `abs`, or undefined when it does not exist (an error when `required`); `what` names it in errors. */
  async read(abs: string, required: boolean, tree: RevisionTree | undefined = this.setup.untrusted?.base, what?: string): Promise<DataFile | undefined> {
    const rel = tree ? insideRepo(this.setup.repo?.top, abs) : undefined;
    if (tree && rel !== undefined && rel !== '') {
      const bytes = await tree.file(rel);
      if (!bytes && required && tree === this.setup.untrusted?.base) this.warnings.push(`${tree.shown(rel)}: not in the base revision; with --untrusted-head it is read from there, so none is used`);
      return bytes ? { text: bytes.toString('utf8'), shown: tree.shown(rel) } : undefined;
    }
    return readDataFile(abs, shownPath(this.io, abs), required, what);
  }

  /** A reader for the suppression search (suppress/locate.ts), from `tree` (the base by default) where it applies. */
  reader(tree?: RevisionTree): DataReader {
    return (abs, required, what) => this.read(abs, required, tree ?? this.setup.untrusted?.base, what);
  }
}

/** An RE2 test that is false for a pattern RE2 cannot compile (the head's config is only read for notes). */
function safeRegex(pattern: string): (s: string) => boolean {
  try {
    const re = new RE2(pattern, '');
    return (s) => re.test(s);
  } catch {
    return () => false;
  }
}

/** What the head of the range would suppress for itself: its own ignore file and config, read leniently. */
export async function headSuppressions(io: CliIO, setup: RunSetup, target: string, flags: { config?: string; ignoreFile?: string }): Promise<HeadSuppressions> {
  const head = setup.untrusted!.head;
  const none: HeadSuppressions = { fingerprints: new Set(), allowsPath: () => false, allowsSecret: () => false, disabledRules: new Set() };
  try {
    const search = { target, repoTop: setup.repo?.top, ignoreFile: flags.ignoreFile && resolveIn(io, flags.ignoreFile) };
    const ignore = await findIgnoreFile(search, new RepositoryFiles(io, setup, []).reader(head));
    if (ignore) none.fingerprints = new Set(parseIgnoreFile(ignore.text, ignore.shown).map((e) => e.fingerprint));
  } catch {
    // A malformed ignore file in the head suppresses nothing here either.
  }
  try {
    const explicit = flags.config && resolveIn(io, flags.config);
    const got = await gatherConfigs({ env: {}, cwd: io.cwd, target, repoTop: setup.repo?.top, explicit, base: head, flags: {} });
    const config = (explicit ? got.trusted.find((l) => l.origin === 'explicit') : got.repo)?.config;
    if (!config) return none;
    const paths = config.allowlist?.paths ?? [];
    const matchPath = paths.length ? (require('picomatch') as typeof import('picomatch'))(paths, { dot: true }) : () => false;
    const regexes = (config.allowlist?.regexes ?? []).map(safeRegex);
    return { ...none, allowsPath: matchPath, allowsSecret: (s) => regexes.some((t) => t(s)), disabledRules: new Set(config.rules?.disable ?? []) };
  } catch {
    return none;
  }
}
