/**
 * Git history: every blob reachable from every ref (branches, tags, remote-tracking refs, the stash and
 * its reflog), read once each. `git log --reverse --raw` names, oldest first, the commit and path that
 * introduced each blob; cat-file streams each new blob's content as soon as it is named. Both streams
 * pause when the scanner falls behind, so memory does not grow with the size of the history.
 */
import type { Fragment, Origin } from '../engine/fragment';
import { displayPath } from '../util/paths';
import { Attribution } from './git/attribution';
import { BlobReader } from './git/blob-reader';
import { LogStream, RawLogParser, type LogChange, type LogCommit } from './git/log';
import { headBlobs, resolveRevs, stashReflog, unreachableObjects, type LogRevs, type RevSelection } from './git/revs';
import type { RepoInfo } from './git/repo';
import { isBinary, isLfsPointer } from './guards';
import type { PathPolicy, ScanLedger, Source } from './types';

/** Options for a history scan. */
export interface HistoryOptions {
  repo: RepoInfo;
  cwd: string;
  maxFileSize: number;
  /** Which paths are read (allowlists, lockfiles). */
  policy: PathPolicy;
  selection: RevSelection;
  /** Also scan objects no ref reaches (dangling commits, orphaned blobs). */
  allObjects: boolean;
  /** Only this subtree (a path relative to the repository top): the scan of a subfolder of the repository. */
  subtree?: string;
}

const BLOB_MODES = new Set(['100644', '100755']);
/** Requested-but-unread blobs at which the log walk pauses, and where it resumes. */
const PAUSE_AT = 20_000;
const RESUME_AT = 5_000;

/** A blob asked of cat-file, waiting for its content: where it was introduced. */
interface Pending {
  path: string;
  origin: Origin;
}

/** The whole history (or a range of it) as blob fragments. */
export class HistorySource implements Source {
  readonly kind = 'history' as const;
  readonly attribution = new Attribution();
  private readonly notScanned: Record<string, number> = {};
  /** Symlink and submodule objects already listed as skipped (kept apart from blobs to scan: ids may coincide). */
  private readonly listedLinks = new Set<string>();
  private readonly pending: Pending[] = [];
  private pendingHead = 0;
  private log?: LogStream;
  private ledger?: ScanLedger;
  private paused = false;
  /** The last commit the log walk reached (oldest first), to say where a failed walk stopped. */
  private lastCommit?: string;

  constructor(private readonly options: HistoryOptions) {}

  progressTotal(): number {
    return this.attribution.size;
  }

  async *items(ledger: ScanLedger): AsyncGenerator<Fragment> {
    const { cwd, repo, maxFileSize } = this.options;
    this.ledger = ledger;
    if (repo.shallow) ledger.notes.shallow = true;
    const [revs, head] = await Promise.all([resolveRevs(cwd, this.options.selection), headBlobs(cwd)]);
    this.attribution.setHead(head);
    const blobs = new BlobReader(cwd, maxFileSize);
    const feed = this.feed(ledger, revs, blobs).catch((err: Error) => {
      const after = this.lastCommit ? ` (commits after ${this.lastCommit} were not walked)` : '';
      ledger.problem(`history walk failed${after}: ${err.message}`);
      blobs.end();
    });
    try {
      for await (const { obj, error } of blobs) {
        const { path, origin } = this.next();
        if (!obj) ledger.problem(`not scanned: ${error}`, path);
        else if (obj.type === 'missing') ledger.problem(`blob ${obj.id} is missing from the repository`, path);
        else if (obj.oversize) ledger.skip(path, 'too-large', obj.size, origin.commit);
        else if (obj.type !== 'blob' || !obj.content) ledger.problem(`object ${obj.id} is a ${obj.type}, not a blob`, path);
        else if (isBinary(obj.content)) ledger.skip(path, 'binary', obj.size, origin.commit);
        else if (isLfsPointer(obj.content)) ledger.skip(path, 'lfs-pointer', obj.size, origin.commit);
        else {
          ledger.scanned(obj.size);
          yield { bytes: obj.content, path, startLine: 1, offset: 0, overlap: 0, origin };
        }
      }
    } finally {
      blobs.kill();
      this.log?.kill();
      await feed;
    }
    ledger.notes.blobs = this.attribution.size;
    if (!this.lastCommit && this.options.selection.kind === 'all' && !this.options.subtree) ledger.warnings.push('the repository has no commits yet: there is no history to scan');
    for (const [k, v] of Object.entries(this.notScanned)) ledger.notes[`${k}NotScanned`] = v;
  }

  /** The oldest outstanding request (cat-file answers in request order); resumes the walk when drained. */
  private next(): Pending {
    const p = this.pending[this.pendingHead++];
    if (this.pendingHead > 4096) {
      this.pending.splice(0, this.pendingHead);
      this.pendingHead = 0;
    }
    if (this.paused && this.pending.length - this.pendingHead <= RESUME_AT) {
      this.paused = false;
      this.log?.resume();
    }
    return p;
  }

  private request(blobs: BlobReader, id: string, path: string, origin: Origin): void {
    this.pending.push({ path, origin });
    blobs.request(id);
    if (!this.paused && this.pending.length - this.pendingHead >= PAUSE_AT) {
      this.paused = true;
      this.log?.pause();
    }
  }

  /** Walks the log (and, with --all-objects, the unreachable objects), requesting each new blob once. */
  private async feed(ledger: ScanLedger, revs: LogRevs, blobs: BlobReader): Promise<void> {
    const { cwd } = this.options;
    const stash = this.options.selection.kind === 'all' ? await stashReflog(cwd) : [];
    const unreachable = this.options.allObjects ? unreachableObjects(cwd) : undefined;
    await this.walk(revs.args, [...revs.stdin, ...stash], blobs);
    if (unreachable) {
      const objs = await unreachable;
      if (objs.commits.length > 0) await this.walk(['--not', '--all'], objs.commits, blobs);
      for (const id of objs.blobs) {
        if (this.attribution.introduce(id)) this.request(blobs, id, `unreachable:${id}`, { kind: 'history', blob: id });
      }
      ledger.notes.unreachableCommits = objs.commits.length;
    }
    blobs.end();
  }

  private async walk(args: string[], stdin: string[], blobs: BlobReader): Promise<void> {
    let commit: LogCommit | undefined;
    let date = '';
    const parser = new RawLogParser(
      (c) => {
        commit = c;
        this.lastCommit = c.id;
        date = new Date(c.time * 1000).toISOString();
      },
      (change: LogChange) => {
        if (change.status === 'D') return;
        if (!BLOB_MODES.has(change.dstMode)) {
          // Symlink targets and submodule pointers are not file content: counted, and listed as skipped
          // once per object (the worktree and staged scans list them too), never scanned or followed.
          const kind = change.dstMode === '120000' ? 'symlinks' : change.dstMode === '160000' ? 'submodules' : 'otherEntries';
          this.notScanned[kind] = (this.notScanned[kind] ?? 0) + 1;
          const reason = kind === 'symlinks' ? 'symlink' : kind === 'submodules' ? 'submodule' : undefined;
          if (reason && !this.listedLinks.has(change.dstId) && this.listedLinks.add(change.dstId)) this.ledger?.skip(displayPath(change.path), reason, undefined, commit?.id);
          return;
        }
        const path = displayPath(change.path);
        const verdict = this.options.policy(path);
        if (verdict !== 'scan') {
          // Counted once per blob, not once per commit carrying it.
          if (this.attribution.introduce(change.dstId)) this.ledger?.admit(path, verdict);
          return;
        }
        if (!this.attribution.introduce(change.dstId)) return;
        const origin: Origin = { kind: 'history', blob: change.dstId, commit: commit?.id, author: commit?.author, email: commit?.email, date };
        this.request(blobs, change.dstId, path, origin);
      },
    );
    // `--full-history`: without it git prunes a side branch whose merge leaves the subtree unchanged, and
    // a secret added and removed on that branch would go unseen. `:(literal)` keeps glob characters in
    // folder names from matching other folders.
    const limit = this.options.subtree ? ['--full-history', '--', `:(literal)${this.options.subtree}`] : [];
    this.log = new LogStream(this.options.cwd, [...args, ...limit], stdin, parser);
    await this.log.done;
  }
}
