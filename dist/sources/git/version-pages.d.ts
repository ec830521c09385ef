/**
 * Copies of the versions a history scan remembers, packed one after another into pages of memory that
 * are used again. A scan passes a gigabyte of versions through a cache of a hundred megabytes: a fresh
 * buffer for each copy is garbage for V8 to chase (a full collection every 64 MB of it), and pools of
 * buffers by size did not help, as a file's versions grow out of one size into the next.
 *
 * A page is free again once every version in it is dropped. A page left holding a few versions that
 * wait long (files edited rarely) would be pinned by them, so when a page falls below a quarter full
 * its versions move to the page being filled and the page is freed.
 *
 * A version may also be kept where it already lies, in a block of git's output the reader lends (`put`
 * with a lender): the block is pinned and counts as a page, whole (so one bigger than a page is not
 * taken), until its versions are dropped or
 * moved like those of a page under a quarter full. Copying every version cost the rails-shaped history
 * 0.4 s of its main thread; most versions are dropped before their block empties below a quarter.
 */
import type { Loan } from './block-stream';
/** One remembered copy: `bytes` is a view of its page (replaced when the copy moves). */
export interface PagedCopy {
    bytes: Buffer;
}
/**
 * Pins the block of git's output that `bytes` lie in, if it is at most `most` bytes, returning the block
 * (whole) and how to give it back; undefined when it is bigger, or the bytes lie in memory that cannot be
 * lent (gathered from two blocks, say).
 */
export type Lender = (bytes: Buffer, most: number) => Loan | undefined;
export declare class VersionPages {
    readonly pageSize: number;
    private readonly limit;
    private readonly free;
    /** Lent blocks holding versions, by their memory. */
    private readonly lent;
    private lentBytes;
    private active?;
    private used;
    private inUse;
    /**
     * `pageSize` bounds the largest copy: bigger ones must not be given. Free pages are kept for reuse
     * while they and what is in use (lent blocks included) stay within `limit` bytes, and two more.
     */
    constructor(pageSize?: number, limit?: number);
    /** Memory held by pages in use, lent blocks included. */
    get bytes(): number;
    /** A copy of `bytes` (at most a page) in the pages, or `bytes` itself where `lend` pins the block they lie in. */
    put(bytes: Buffer, lend?: Lender): PagedCopy;
    /** The page of the lent block `bytes` lie in, pinned on its first version. */
    private lentPage;
    /** The copy is no longer needed; its page may be freed, or emptied when little is left in it. */
    drop(copy: PagedCopy): void;
    /** Copies `copy.bytes` to the end of the active page (a new page when it is full) and points it there. */
    private place;
    private attach;
    private startPage;
    /** Moves the copies left in a page to the active one, and frees the page. */
    private compact;
    private release;
}
