/**
 * Recently read versions, bounded by bytes: the previous version of a file is usually read some
 * commits before the next one, and with it at hand only the changed lines need scanning.
 */
import type { CarryState } from './carry';
import { type Lender } from './version-pages';
/**
 * A text version compared with the one before it (when that one is remembered): the byte ranges it
 * adds, undefined when it must be read whole, and what to remember it as (undefined: too big to).
 * Versions up to `keepBytes` (the cache's page: LineCache.keepBytes) are remembered as their bytes,
 * bigger ones as their line keys. Keys cost a hash of every line of every version: a 680 KB changelog
 * edited in 3,000 commits took 4.9 s as keys (gitleaks: 3.0 s) and 2.0 s as bytes.
 */
export declare function compareVersion(content: Buffer, before: CachedVersion['lines'] | undefined, keepBytes: number): {
    regions?: Array<[number, number]>;
    lines?: CachedVersion['lines'];
};
/**
 * A remembered version: its bytes (ordinary files: the next version is compared by memcmp) or its line
 * keys (line-index.ts; big files, where keys take a fifth of the memory), and what it carries of its
 * predecessors' secrets.
 */
export interface CachedVersion {
    lines: Buffer | Float64Array;
    carry: CarryState;
}
/**
 * Versions not yet compared with are kept before versions that were: in a linear history a version is
 * the parent of one next version, so once that one is read it is the first to go. It stays, within a
 * share of the budget (USED_SHARE), for a branch that changes the same file again.
 */
export declare class LineCache {
    private readonly maxBytes;
    private readonly usedShare;
    private readonly waiting;
    private readonly used;
    /**
     * Versions compared with whose carry check still waits (trimUsed): out of `used`, so that trimming
     * does not step over them again on every call (it did, 3.9 million times on the express-sized history,
     * 4% of the main thread).
     */
    private readonly held;
    /** Bytes of the versions in `used` and `held`. */
    private usedBytes;
    /**
     * Where versions' bytes are copied: the caller's buffer stays the caller's (cat-file's reads are used
     * again), and the memory of dropped versions is reused rather than left to the garbage collector.
     */
    private readonly pages;
    /** Bytes of the line keys kept (bigger files); the copies' bytes are the pages'. */
    private keyBytes;
    /**
     * `pageSize` (default: 8 MiB, or a sixteenth of the budget if less) also bounds the versions kept as
     * bytes; `usedShare` is the share of the budget versions already compared with may hold.
     */
    constructor(maxBytes: number, pageSize?: number, usedShare?: number);
    /** The largest version kept as its bytes (compareVersion); bigger ones are kept as line keys. */
    get keepBytes(): number;
    get(id: string): CachedVersion | undefined;
    /** A remembered version's bytes (undefined when it is kept as line keys, or not at all), leaving its place in the order as it is. */
    peek(id: string): Buffer | undefined;
    /** A version met again in the history (a revert, a file copied back) is a parent again: it waits anew. */
    touch(id: string): void;
    /**
     * Remembers a version (its bytes copied, or kept where they lie when `lend` lends their block; at most
     * a page of them: keepBytes). One over an eighth of the budget is not kept.
     */
    set(id: string, version: CachedVersion, lend?: Lender): void;
    /**
     * Drops versions already compared with, oldest first, down to their share of the budget. One whose
     * carry check waits stays: the check reads its bytes when its predecessor's findings come in
     * (Carry.defer), and without them the blob is read again at the end.
     */
    private trimUsed;
    private find;
    private forget;
}
