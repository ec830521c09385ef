import type { Finding } from '../engine/finding';
import type { Fragment, Origin, OriginKind } from '../engine/fragment';
import type { DropCounts } from '../engine/detect';
import type { IdentityScheme } from '../engine/identity';
import type { EngineRecord } from '../engine/ruleset';

/** Why a file was not scanned. */
export type SkipReason =
  | 'too-large'
  | 'symlink'
  | 'submodule'
  | 'not-a-regular-file'
  | 'lfs-pointer'
  | 'lockfile'
  | 'unmerged'
  /** Outside git with --respect-gitignore: a .gitignore file excludes it. */
  | 'gitignored'
  /** Outside git: a `.git` folder, a repository's own data (compressed objects, refs), never scanned. */
  | 'git-internals'
  /** Scanning it took longer than --timeout-per-file; the scan is incomplete. */
  | 'timeout';

/** What to do with a path before reading it: scan it, leave it out (allowlisted), or skip it with a reason. */
export type PathVerdict = 'scan' | 'allowlisted' | SkipReason;

/** Decides, from the path alone, whether a file is read. */
export type PathPolicy = (path: string) => PathVerdict;

/** A file the scan deliberately did not read; always listed in the report, never dropped silently. */
export interface SkippedEntry {
  path: string;
  reason: SkipReason;
  size?: number;
  /** History: the commit that introduced the skipped blob. */
  commit?: string;
}

/** Content that is not text as it stands: UTF-16 text, or binary bytes read through their printable strings. */
export type NonText = 'utf16le' | 'utf16be' | 'binary';

/** A file read through a view rather than as it stands (sources/content.ts); listed in the report. */
export interface DecodedEntry {
  path: string;
  /** `strings`: only its printable runs were scanned; `utf-16le`/`utf-16be`: decoded (and its strings read too). */
  as: 'strings' | 'utf-16le' | 'utf-16be';
  /** History: the commit that introduced the blob. */
  commit?: string;
}

/** Something that should have been scanned and could not be; it makes the scan incomplete (exit 2). */
export interface ScanProblem {
  path?: string;
  message: string;
}

/** Where file readers report what they skipped, could not read, or scanned. */
export interface LedgerSink {
  skip(path: string, reason: SkipReason, size?: number, commit?: string): void;
  problem(message: string, path?: string): void;
  scanned(bytes: number): void;
  /** A scanned file was read through a view (decoded UTF-16, printable strings). */
  decoded(path: string, as: DecodedEntry['as'], commit?: string): void;
}

/** What a worker's ledger sends back: counts, skips, problems and decoded files. */
export type LedgerPart = Pick<ScanLedger, 'files' | 'bytes' | 'skipped' | 'problems' | 'decodedFiles'>;

/** What to do when a listed file is gone by the time it is opened. */
export type MissingPolicy = 'problem' | 'ignore';

/** A file on disk to read and scan, handed to whichever thread scans it. */
export interface FileRef {
  kind: 'file';
  /** Path bytes for opening (absolute). */
  raw: Buffer;
  /** Path shown in reports (relative to the scanned root). */
  display: string;
  origin: Origin;
  maxFileSize: number;
  onMissing: MissingPolicy;
}

/**
 * A fragment as a source yields it. `content` marks bytes that are not text as they stand (a whole
 * file or blob): scan/item.ts turns them into views before the engine sees them.
 */
export interface SourceFragment extends Fragment {
  content?: NonText;
}

/** What the engine reads: a fragment of text, and how to put its findings back in the file when it is a view. */
export interface ViewFragment extends Fragment {
  place?: (findings: Finding[]) => void;
}

/** What a source yields: bytes already in memory, or a file to read where it is scanned. */
export type ScanItem = SourceFragment | FileRef;

/** True for a FileRef. */
export function isFileRef(item: ScanItem): item is FileRef {
  return (item as FileRef).kind === 'file';
}

/** What a source reports besides fragments: counts, skips, problems and warnings. */
export class ScanLedger implements LedgerSink {
  files = 0;
  bytes = 0;
  /** Files left out because the config allowlists their path. */
  allowlisted = 0;
  /** Paths a .gitignore excludes (a folder whose whole content is ignored counts once), and how many of them are folders. */
  ignored = 0;
  ignoredFolders = 0;
  readonly skipped: SkippedEntry[] = [];
  readonly problems: ScanProblem[] = [];
  readonly decodedFiles: DecodedEntry[] = [];
  readonly warnings: string[] = [];
  /** Facts about the scanned target worth showing (e.g. "shallow clone"). */
  readonly notes: Record<string, unknown> = {};

  skip(path: string, reason: SkipReason, size?: number, commit?: string): void {
    const entry: SkippedEntry = { path, reason };
    if (size !== undefined) entry.size = size;
    if (commit) entry.commit = commit;
    this.skipped.push(entry);
  }

  problem(message: string, path?: string): void {
    this.problems.push(path === undefined ? { message } : { path, message });
  }

  /** Applies a path verdict: true when the file should be read. */
  admit(path: string, verdict: PathVerdict): boolean {
    if (verdict === 'scan') return true;
    if (verdict === 'allowlisted') this.allowlisted++;
    else this.skip(path, verdict);
    return false;
  }

  /** Counts a path a .gitignore excludes (decided where items are listed: the main thread, never merged). */
  ignore(folder: boolean): void {
    this.ignored++;
    if (folder) this.ignoredFolders++;
  }

  /** Counts one file (or blob) read for scanning. */
  scanned(bytes: number): void {
    this.files++;
    this.bytes += bytes;
  }

  decoded(path: string, as: DecodedEntry['as'], commit?: string): void {
    this.decodedFiles.push(commit ? { path, as, commit } : { path, as });
  }

  /** Folds in what another ledger (a worker's) recorded. */
  merge(other: LedgerPart): void {
    // allowlisted is decided where items are listed (the main thread), so there is nothing to merge.
    this.files += other.files;
    this.bytes += other.bytes;
    this.skipped.push(...other.skipped);
    this.problems.push(...other.problems);
    for (const d of other.decodedFiles) this.decodedFiles.push(d);
  }
}

/** A producer of things to scan: working tree, index, history or stdin. */
export interface Source {
  readonly kind: OriginKind;
  /**
   * Yields items to scan, recording skips and problems in the ledger as it goes. A fragment's bytes may
   * be memory the source uses again once it is resumed: whoever keeps a fragment longer copies them.
   */
  items(ledger: ScanLedger): AsyncIterable<ScanItem>;
  /** How many files or blobs the source expects to produce, as far as it knows yet (for progress). */
  progressTotal?(): number | undefined;
  /** Detection workers worth starting when the caller does not say (default: one per core). */
  defaultThreads?(): number;
  /** Items the engine has finished, with their findings (history settles lineages with them as it goes). */
  scanned?(items: readonly ScanItem[], findings: readonly Finding[]): void;
  /** True (once per call that returns it) when the items yielded so far are wanted scanned now, not when a batch fills. */
  hurry?(): boolean;
  /**
   * Turns the findings of its items into the findings to report, once every item is scanned (history:
   * each introduction reports what it brought). `rescan` runs the engine on bytes the source reads again.
   */
  settle?(found: Finding[], rescan: (bytes: Buffer, path: string, origin: Origin) => Finding[]): Promise<Finding[]>;
}

/** Everything a scan produced, before filters and reporting. */
export interface ScanResult {
  source: OriginKind;
  findings: Finding[];
  ledger: ScanLedger;
  /** Candidates the precision filters dropped, by reason. */
  dropped: DropCounts;
  /** Findings each suppression mechanism removed (set by the caller that applies them). */
  suppressed?: Record<string, number>;
  /** How secret identities were computed (set by the caller that computes them, engine/identity.ts). */
  identity?: IdentityScheme;
  /** The engine options the scan ran with (recorded in the JSON report for `revoke`). */
  engine?: EngineRecord;
  durationMs: number;
}
