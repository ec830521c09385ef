import type { Fragment, Origin } from '../engine/fragment';
import { Attribution } from './git/attribution';
import type { Finding } from '../engine/finding';
import { Lineage } from './git/lineage';
import { type RevSelection } from './git/revs';
import type { RepoInfo } from './git/repo';
import type { PathPolicy, ScanItem, ScanLedger, Source } from './types';
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
    /** The path-dependent part of how the engine reads a file (its context, path rules): a blob met under another profile is read again. */
    profileOf: (path: string) => string;
    /** Bytes of recent versions (their bytes, or line keys for big files) kept to diff the next version against (default CACHE_BYTES). */
    cacheBytes?: number;
    /** Only this subtree (a path relative to the repository top): the scan of a subfolder of the repository. */
    subtree?: string;
}
export declare class HistorySource implements Source {
    private readonly options;
    readonly kind: "history";
    readonly attribution: Attribution;
    readonly lineage: Lineage;
    private readonly carry;
    private readonly notScanned;
    /** Symlink and submodule objects already listed as skipped (kept apart from blobs to scan: ids may coincide). */
    private readonly listedLinks;
    private readonly pending;
    private readonly cache;
    private log?;
    private ledger?;
    private paused;
    /** Bytes handed to the engine, bytes of versions read whole, and versions read whole although they had a parent (it was not remembered). */
    private readonly stats;
    /** Lends the block of cat-file's output a version lies in, for the cache to keep it there (version-pages.ts). */
    private lend?;
    /** The last commit the log walk reached (oldest first), to say where a failed walk stopped. */
    private lastCommit?;
    /** The cat-file settling reads blobs again with, started with the walk and waiting unused until then. */
    private spare?;
    /** HEAD's blobs, listed once the log has started. */
    private headListing?;
    /** Blob ids and paths as the events keep them: one string each, not one per change (lineage.ts). */
    private readonly ids;
    private readonly paths;
    /**
     * The blob each path last had, as its event holds it: a change's parent is nearly always that blob,
     * so it is taken from here by one comparison instead of being looked up among every id (the interner's
     * hashing of a fresh 40-character string cost 0.8 s of the rails shape's main thread).
     */
    private readonly lastAt;
    /** Authors' names and emails, one string each: rails has a few thousand authors for 118,000 commits (a string per commit: 10 MB). */
    private readonly people;
    constructor(options: HistoryOptions);
    scanned(items: readonly ScanItem[], findings: readonly Finding[]): void;
    /** A busy file holding a secret waits for its previous version's findings (Carry.defer): they are wanted soon. */
    hurry(): boolean;
    progressTotal(): number;
    /**
     * git's cat-file and log take about a core between them and the main thread (reading, diffing)
     * another: detection gets a worker only from 3 cores up. On 2 cores the worker shared them with git
     * and paid for its messages and copies: the 118,000-commit rails shape took 24.5, 25.8 and 30.5 s
     * without it against 24.7, 27.1 and 32.0 s with it (alternating), with 35 to 43 s of CPU against 39
     * to 51 s and a peak RSS of 520 to 536 MiB against 560 to 605 MiB; express-sized the same time
     * (2.49 to 2.91 s against 2.67 to 2.79 s) with less CPU. (Measured when the rails shape was 2,000
     * commits, one worker took it from 7.0 s to 6.2 s; its detection now overlaps git's reading instead.)
     */
    defaultThreads(): number;
    items(ledger: ScanLedger): AsyncGenerator<Fragment>;
    /**
     * What of one blob the engine reads: the whole of it, or (text whose previous version is remembered)
     * its changed lines; undefined when it is not read (recorded in the ledger).
     */
    private read;
    /** The oldest outstanding request (cat-file answers in request order); resumes the walk when drained. */
    private next;
    /** Records an introduction: the first under a scanned path asks cat-file for the blob, later ones are noted. */
    private introduce;
    /** Walks the log (and, with --all-objects, the unreachable objects), requesting each new blob once. */
    private feed;
    private walk;
    /** Blobs and trees a ref (or an annotated tag) points at directly: no commit carries them. */
    private refObjects;
    /**
     * The findings to report, from those of each blob's single scan (see lineage.ts). `rescan` reads a
     * blob whole under another path; blobs are read again from git only where a lineage held a secret.
     */
    settle(found: Finding[], rescan: (bytes: Buffer, path: string, origin: Origin) => Finding[]): Promise<Finding[]>;
}
