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
export declare const NO_COMMIT: CommitInfo;
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
export type VersionsAt = (queries: Array<{
    commit: string;
    path: Buffer;
}>) => Promise<Array<string | undefined>>;
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
export declare const carryKey: (f: Finding) => string;
/** Re-reads a blob's content (undefined when git cannot give it any more). */
export type BlobReread = (blob: string) => Promise<Buffer | undefined>;
/** The events of one history scan and the end-of-scan settlement. */
export declare class Lineage {
    readonly events: BlobEvent[];
    add(event: BlobEvent): BlobEvent;
    /**
     * Turns the findings of each blob's single scan into the findings to report. `rescan` scans a blob
     * whole under a path (for an introduction under another scan profile than its first).
     */
    settle(found: Finding[], reread: BlobReread, rescan: (blob: string, content: Buffer, event: BlobEvent) => Finding[], head?: (blob: string) => boolean, versionsAt?: VersionsAt): Promise<Finding[]>;
    /**
     * For each version a merge made that the scan found a secret in: the blobs its path had in the merge's
     * other parents (one git call for all of them; none when no merge made a version holding a secret).
     */
    private mergedFrom;
    /** Every secret a blob holds under an event's profile. */
    private holdings;
}
/** Findings grouped by their blob (those without one left out), added to `into`. */
export declare function byBlob(findings: readonly Finding[], into?: Map<string, Finding[]>): Map<string, Finding[]>;
/** Line and column of byte offset `at` in `content`. */
export declare function locate(content: Buffer, at: number): Location;
/** A commit's author date, ISO 8601 (undefined for none, or one past Date's range). */
export declare function dateOf(at: CommitInfo): string | undefined;
/** The origin of an introduction's fragments and findings. */
export declare function originOf(ev: BlobEvent): Origin;
