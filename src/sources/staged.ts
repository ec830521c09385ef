/**
 * The index: what `git commit` would record. Blobs come from the index (not the working file), so a
 * secret that is staged but edited away on disk is still caught, and line numbers are the staged ones.
 */
import { displayPath } from '../util/paths';
import { BlobReader } from './git/blob-reader';
import type { RepoInfo } from './git/repo';
import { gitFailure, runGit, splitNul, type GitResult } from './git/run';
import { contentFragment } from './content';
import type { PathPolicy, ScanLedger, Source, SourceFragment } from './types';

/** Options for a staged scan. */
export interface StagedOptions {
  repo: RepoInfo & { top: string };
  maxFileSize: number;
  /** Which paths are read (allowlists, lockfiles). */
  policy: PathPolicy;
  /** `git diff-index` already started by startIndexDiff (so it ran while the rules loaded). */
  indexDiff?: Promise<GitResult>;
  /**
   * Files and folders (relative to the top, "/"-separated; "" is the whole repository) whose staged
   * versions to scan whether or not they changed: what the pre-commit framework passes, and with
   * `--all-files` that is every file, committed secrets included. Without it, the staged changes.
   */
  paths?: string[];
}

const INDEX_DIFF = ['diff-index', '--cached', '-z', '--raw', '--no-abbrev', '--no-renames', '--ignore-submodules=none', 'HEAD'];

/**
 * Starts the index-against-HEAD diff from any folder of the repository (its paths are relative to the
 * top either way), so the pre-commit check can run git while it loads its rules.
 */
export function startIndexDiff(dir: string): Promise<GitResult> {
  const pending = runGit(dir, INDEX_DIFF, { okCodes: [128] });
  pending.catch(() => undefined); // awaited later by the source; until then a failure must not go unhandled
  return pending;
}

/** A staged file: the index blob and its path relative to the repository root. */
interface StagedEntry {
  blob: string;
  path: string;
}

const ZERO = /^0+$/;

/**
 * Scans the staged changes (index against HEAD, or the whole index before the first commit).
 * @lazy loaded with require() by cli/source-select.ts, which knip does not follow
 */
export class StagedSource implements Source {
  readonly kind = 'staged' as const;

  constructor(private readonly options: StagedOptions) {}

  async *items(ledger: ScanLedger): AsyncGenerator<SourceFragment> {
    const entries = await this.entries(ledger);
    if (entries.length === 0) return;
    const cat = new BlobReader(this.options.repo.top, this.options.maxFileSize);
    for (const e of entries) cat.request(e.blob);
    cat.end();
    let i = 0;
    try {
      for await (const { obj, error } of cat) {
        const e = entries[i++];
        const origin = { kind: 'staged' as const, blob: e.blob };
        if (!obj) ledger.problem(`not scanned: ${error}`, e.path);
        else if (obj.type === 'missing') ledger.problem(`staged blob ${obj.id} is missing from the repository`, e.path);
        else if (obj.oversize) ledger.skip(e.path, 'too-large', obj.size);
        else if (obj.type !== 'blob' || !obj.content) ledger.problem(`object ${obj.id} is a ${obj.type}, not a blob`, e.path);
        else {
          const fragment = contentFragment(obj.content, e.path, origin, ledger, obj.size);
          if (fragment) yield fragment;
        }
      }
    } finally {
      cat.kill(); // git may still be answering when the consumer stops early
    }
  }

  /** The index entries to scan: the named paths' entries, or the staged changes. */
  private entries(ledger: ScanLedger): Promise<StagedEntry[]> {
    return this.options.paths ? this.namedEntries(ledger, this.options.paths) : this.changedEntries(ledger);
  }

  /**
   * Index entries of the named files and folders, matched literally (no globbing) against the whole
   * index listing: no pathspec magic, and no argument-length limit however many files are named.
   */
  private async namedEntries(ledger: ScanLedger, paths: string[]): Promise<StagedEntry[]> {
    const named = new Set(paths.map((p) => p.replace(/\/+$/, '')));
    const matched = new Set<string>();
    // The path itself or one of its folders (or "" for everything) was named: O(depth) per entry.
    const wanted = (path: string) => {
      for (let prefix = named.has('') ? '' : path; ; prefix = prefix.slice(0, prefix.lastIndexOf('/'))) {
        if (named.has(prefix)) {
          matched.add(prefix);
          return true;
        }
        if (!prefix.includes('/')) return false;
      }
    };
    const out: StagedEntry[] = [];
    const unmerged = new Set<string>();
    const index = await runGit(this.options.repo.top, ['ls-files', '-z', '--stage']);
    for (const entry of splitNul(index.stdout)) {
      const tab = entry.indexOf(9);
      const [mode, blob, stage] = entry.toString('latin1', 0, tab).split(' ');
      const raw = entry.subarray(tab + 1);
      const path = displayPath(raw);
      if (!wanted(path)) continue;
      if (stage !== '0') {
        if (!unmerged.has(path)) ledger.skip(path, 'unmerged');
        unmerged.add(path);
        continue;
      }
      this.add(out, ledger, mode, blob, raw);
    }
    const missing = [...named].filter((p) => !matched.has(p));
    if (missing.length > 0)
      ledger.warnings.push(`not in the index (untracked or removed), so not scanned: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}`);
    return out;
  }

  /** Added, modified and type-changed index entries. */
  private async changedEntries(ledger: ScanLedger): Promise<StagedEntry[]> {
    const top = this.options.repo.top;
    const out: StagedEntry[] = [];
    const r = await (this.options.indexDiff ?? startIndexDiff(top));
    if (r.code === 128) {
      if (!/bad revision|unknown revision|ambiguous argument 'HEAD'|does not have any commits/.test(r.stderr)) throw gitFailure(['diff-index'], 128, null, r.stderr);
      // Before the first commit everything in the index is staged.
      const index = await runGit(top, ['ls-files', '-z', '--stage']);
      for (const entry of splitNul(index.stdout)) {
        const tab = entry.indexOf(9);
        const [mode, blob] = entry.toString('latin1', 0, tab).split(' ');
        this.add(out, ledger, mode, blob, entry.subarray(tab + 1));
      }
      return out;
    }
    const parts = splitNul(r.stdout);
    for (let i = 0; i + 1 < parts.length; i += 2) {
      const fields = parts[i].toString('latin1').slice(1).split(' ');
      const [, dstMode, , dstId, status] = fields;
      if (status.startsWith('D')) continue;
      if (status.startsWith('U')) {
        ledger.skip(displayPath(parts[i + 1]), 'unmerged');
        continue;
      }
      this.add(out, ledger, dstMode, dstId, parts[i + 1]);
    }
    return out;
  }

  private add(out: StagedEntry[], ledger: ScanLedger, mode: string, blob: string, rawPath: Buffer): void {
    const path = displayPath(rawPath);
    if (!ledger.admit(path, this.options.policy(path))) return;
    if (mode === '160000') return ledger.skip(path, 'submodule');
    if (mode === '120000') return ledger.skip(path, 'symlink');
    if (ZERO.test(blob)) return ledger.skip(path, 'unmerged');
    out.push({ blob, path });
  }
}
