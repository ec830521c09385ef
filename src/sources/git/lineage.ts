/**
 * Which secrets each version of each file holds, and where each is reported. During the walk every
 * (blob, path) introduction is recorded in walk order; a blob is scanned once, whole or (when the
 * previous version at the same path was read just before) only in its changed lines. At the end:
 * - a blob scanned by its changes holds the secrets found there, plus those of the previous version
 *   that it still contains (looked up in its content, read again only for versions whose predecessor
 *   held a secret: a lineage without secrets costs nothing more);
 * - every introduction reports the secrets its blob holds that the path did not hold just before, at
 *   that path and commit: a secret is reported where it appeared, at every path it appeared in
 *   (copies, renames, reverts), and not again for every later version of the file. A merge that brings
 *   in a version the walk already met at the same path (the merged branch made it) reports nothing: the
 *   branch's commit did. A version the merge made (both sides changed the file) reports only what no
 *   parent's version of the path held: what was added while resolving the merge.
 */
import type { Finding } from '../../engine/finding';
import type { Origin } from '../../engine/fragment';
import { countNewlines } from '../../util/newlines';
import { dateIfValid } from './commit-date';

/** How a blob came to be known. */
export type EventMode = 'whole' | 'diff' | 'again' | 'unread';

/**
 * The commit an introduction came with: one object per commit, shared by all of its changes (a history
 * of 236,000 changes kept an origin object per change, 17 MB of them). It keeps the author time, not its
 * ISO string (dateOf): a date string built of pieces is about 220 bytes, 26 MB for rails' 118,000 commits.
 */
export interface CommitInfo {
  commit?: string;
  author?: string;
  email?: string;
  /** Author time, whole seconds since the epoch. */
  time?: number;
}

/** An introduction that no commit carries (a blob a ref points at, an unreachable blob). */
export const NO_COMMIT: CommitInfo = Object.freeze({});

/**
 * One introduction of a blob at a path, in walk order. Kept for every change of the history until the
 * end: its strings are shared (the history source interns ids and paths) and its commit is one object
 * per commit.
 */
export interface BlobEvent {
  blob: string;
  path: string;
  /** The blob at the same path in the first parent commit (a modification), if any. */
  parent?: string;
  /** The commit that introduced it (NO_COMMIT for none). */
  at: CommitInfo;
  mode: EventMode;
  /** The path-dependent scan profile (file context, path rules) its findings hold under. */
  profile: string;
  /** Which of the previous version's secrets this version still holds, worked out while it was read (carry.ts). */
  carry?: CarryCheck;
  /** Introduced by a merge commit (its diff against the first parent): its other parents. */
  mergedWith?: readonly string[];
  /** The path's raw bytes, kept only when they are not `path` in UTF-8 (a merge asks git about it by them). */
  rawPath?: Buffer;
}

/** The blob ids a path had at some commits (merge-parents.ts), in the order asked; undefined where unknown. */
export type VersionsAt = (queries: Array<{ commit: string; path: Buffer }>) => Promise<Array<string | undefined>>;

/** Secrets of the previous version looked for in a version's content while it was at hand, and where those found sit. */
export interface CarryCheck {
  /** carryKey of every finding looked for. */
  checked: ReadonlySet<string>;
  found: ReadonlyMap<string, Location>;
}

/** Where a secret sits in a version: byte offset, line and column. */
export interface Location {
  at: number;
  line: number;
  column: number;
}

/** What a carried secret is known by: the rule, the secret and the text that was searched for. */
export const carryKey = (f: Finding) => `${f.ruleId}\u0000${f.secret}\u0000${f.encodedText ?? ''}`;

/** Re-reads a blob's content (undefined when git cannot give it any more). */
export type BlobReread = (blob: string) => Promise<Buffer | undefined>;

/** Marks a blob that could not be read (binary, too large, missing): its other introductions are not either. */
const UNREAD = '\u0000unread';

const key = (f: Finding) => `${f.ruleId}\u0000${f.secret}`;

const NONE: Finding[] = [];

/**
 * Values by blob, then by a second key (a profile, a path). Nested rather than keyed by one joined
 * string: ids and paths are interned, so a lookup hashes nothing new, where joining them built and
 * hashed a string per version (settling took 204 ms of the rails-shaped history, all of it after the
 * walk, with nothing else to do).
 */
class Holdings<T = Finding[]> {
  private readonly byBlob = new Map<string, Map<string, T>>();

  get(blob: string, second: string): T | undefined {
    return this.byBlob.get(blob)?.get(second);
  }

  set(blob: string, second: string, value: T): void {
    const inner = this.byBlob.get(blob);
    if (inner) inner.set(second, value);
    else this.byBlob.set(blob, new Map([[second, value]]));
  }
}

/** The events of one history scan and the end-of-scan settlement. */
export class Lineage {
  readonly events: BlobEvent[] = [];

  add(event: BlobEvent): BlobEvent {
    this.events.push(event);
    return event;
  }

  /**
   * Turns the findings of each blob's single scan into the findings to report. `rescan` scans a blob
   * whole under a path (for an introduction under another scan profile than its first).
   */
  async settle(
    found: Finding[],
    reread: BlobReread,
    rescan: (blob: string, content: Buffer, event: BlobEvent) => Finding[],
    head?: (blob: string) => boolean,
    versionsAt?: VersionsAt,
  ): Promise<Finding[]> {
    const scanned = byBlob(found);
    const merged = versionsAt ? await this.mergedFrom(scanned, versionsAt) : new Map<BlobEvent, string[]>();
    const holds = new Holdings();
    /**
     * The profile each blob met again was scanned under (or UNREAD): an introduction under the same one
     * reuses its result. Kept only for those: for every blob it was a map of 283,000 entries at the end
     * of the rails-scale history.
     */
    const scannedAs = new Map<string, string>();
    const metAgain = new Set<string>();
    for (const ev of this.events) if (ev.mode === 'again') metAgain.add(ev.blob);
    /** Paths at which each blob's secrets were reported (blobs holding none are not listed). */
    const emitted = new Holdings<true>();
    const out: Finding[] = [];
    /** Secrets a blob of HEAD's tree holds: they still ship today. */
    const shipping = new Set<string>();
    for (const ev of this.events) {
      if (ev.mode === 'unread' && metAgain.has(ev.blob)) scannedAs.set(ev.blob, UNREAD);
      if (ev.mode === 'unread' || scannedAs.get(ev.blob) === UNREAD) continue;
      let held = holds.get(ev.blob, ev.profile);
      if (!held && !(ev.mode === 'again' && scannedAs.get(ev.blob) === ev.profile)) {
        // Only a version met again, or one whose predecessor held secrets, needs more than its own scan.
        const inherits = ev.mode === 'diff' && ev.parent !== undefined && holds.get(ev.parent, ev.profile) !== undefined;
        held = ev.mode === 'again' || inherits ? await this.holdings(ev, scanned, holds, reread, rescan) : (scanned.get(ev.blob) ?? NONE);
        if (held.length > 0) holds.set(ev.blob, ev.profile, held);
        if (ev.mode !== 'again' && metAgain.has(ev.blob)) scannedAs.set(ev.blob, ev.profile);
      }
      // Most versions hold nothing: nothing to report, to mark as shipping or as reported here.
      if (!held || held.length === 0) continue;
      // What the path held just before, in the first parent and (for a merge) in the others.
      const had = new Set<string>();
      for (const prior of [ev.parent, ...(merged.get(ev) ?? [])]) {
        if (prior && emitted.get(prior, ev.path)) for (const f of holds.get(prior, ev.profile) ?? NONE) had.add(key(f));
      }
      if (!(ev.mergedWith && emitted.get(ev.blob, ev.path))) for (const f of held) if (!had.has(key(f))) out.push(placed(f, ev));
      if (head?.(ev.blob)) for (const f of held) shipping.add(f.secret);
      emitted.set(ev.blob, ev.path, true);
    }
    if (head) for (const f of out) f.inHead = shipping.has(f.secret);
    return out;
  }

  /**
   * For each version a merge made that the scan found a secret in: the blobs its path had in the merge's
   * other parents (one git call for all of them; none when no merge made a version holding a secret).
   */
  private async mergedFrom(scanned: Map<string, Finding[]>, versionsAt: VersionsAt): Promise<Map<BlobEvent, string[]>> {
    const out = new Map<BlobEvent, string[]>();
    const asked = this.events.filter((ev) => ev.mergedWith && (ev.mode === 'whole' || ev.mode === 'diff') && scanned.has(ev.blob));
    const queries = asked.flatMap((ev) => ev.mergedWith!.map((commit) => ({ commit, path: ev.rawPath ?? Buffer.from(ev.path) })));
    if (queries.length === 0) return out;
    // Unanswered (git failed), each such secret is reported at the merge as well: a repeat, never a loss.
    const ids = await versionsAt(queries).catch(() => queries.map(() => undefined));
    let i = 0;
    for (const ev of asked) {
      const mine: string[] = [];
      for (let k = 0; k < ev.mergedWith!.length; k++, i++) if (ids[i]) mine.push(ids[i]!);
      out.set(ev, mine);
    }
    return out;
  }

  /** Every secret a blob holds under an event's profile. */
  private async holdings(
    ev: BlobEvent,
    scanned: Map<string, Finding[]>,
    holds: Holdings,
    reread: BlobReread,
    rescan: (blob: string, content: Buffer, event: BlobEvent) => Finding[],
  ): Promise<Finding[]> {
    const own = scanned.get(ev.blob) ?? [];
    if (ev.mode === 'whole' || (ev.mode === 'diff' && !ev.parent)) return own;
    if (ev.mode === 'again') {
      // First met under another profile (a .env copied to a test fixture path): scan it as this path.
      const content = await reread(ev.blob);
      return content ? rescan(ev.blob, content, ev) : [];
    }
    const inherited = holds.get(ev.parent!, ev.profile) ?? NONE;
    if (inherited.length === 0) return own;
    const mine = new Set(own.map(key));
    const kept = [...own];
    // Looked for while the version was read: no need to read it again, when every inherited secret was.
    const carry = ev.carry;
    if (carry && inherited.every((f) => carry.checked.has(carryKey(f)))) {
      for (const f of inherited) {
        const loc = mine.has(key(f)) ? undefined : carry.found.get(carryKey(f));
        if (loc) kept.push(moved(f, loc));
      }
      return kept;
    }
    const content = await reread(ev.blob);
    if (!content) return own;
    for (const f of inherited) {
      if (mine.has(key(f))) continue;
      const at = content.indexOf(f.encodedText ?? f.secret);
      if (at >= 0) kept.push(moved(f, locate(content, at)));
    }
    return kept;
  }
}

/** Findings grouped by their blob (those without one left out), added to `into`. */
export function byBlob(findings: readonly Finding[], into = new Map<string, Finding[]>()): Map<string, Finding[]> {
  for (const f of findings) {
    if (!f.blob) continue;
    const list = into.get(f.blob);
    if (list) list.push(f);
    else into.set(f.blob, [f]);
  }
  return into;
}

/** Line and column of byte offset `at` in `content`. */
export function locate(content: Buffer, at: number): Location {
  const line = 1 + countNewlines(content, 0, at);
  const lineStart = content.lastIndexOf(10, at - 1) + 1;
  return { at, line, column: content.toString('utf8', lineStart, at).length + 1 };
}

/** A finding of a previous version, moved to where its secret sits in this version. */
function moved(f: Finding, { at, line, column }: Location): Finding {
  const length = f.endOffset - f.startOffset;
  return { ...f, line, column, endLine: line + (f.endLine - f.line), endColumn: f.endLine === f.line ? column + (f.endColumn - f.column) : f.endColumn, startOffset: at, endOffset: at + length };
}

/** The commit dateOf formatted last, and its date: a commit's blobs are read one after another. */
let datedAt: CommitInfo | undefined;
let datedAs: string | undefined;

/** A commit's author date, ISO 8601 (undefined for none, or one past Date's range). */
export function dateOf(at: CommitInfo): string | undefined {
  if (at !== datedAt) {
    datedAs = at.time === undefined ? undefined : dateIfValid(at.time);
    datedAt = at;
  }
  return datedAs;
}

/** The origin of an introduction's fragments and findings. */
export function originOf(ev: BlobEvent): Origin {
  const { at } = ev;
  return at === NO_COMMIT ? { kind: 'history', blob: ev.blob } : { kind: 'history', blob: ev.blob, commit: at.commit, author: at.author, email: at.email, date: dateOf(at) };
}

/** A blob's finding as reported for one introduction: that path, that commit. */
function placed(f: Finding, ev: BlobEvent): Finding {
  const o = ev.at;
  const out: Finding = { ...f, path: ev.path, blob: ev.blob };
  delete out.commit;
  delete out.author;
  delete out.email;
  delete out.date;
  if (o.commit) out.commit = o.commit;
  if (o.author !== undefined) out.author = o.author;
  if (o.email !== undefined) out.email = o.email;
  const date = dateOf(o);
  if (date) out.date = date;
  return out;
}
