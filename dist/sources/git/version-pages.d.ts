/**
 * Copies of the versions a history scan remembers, packed one after another into pages of memory that
 * are used again. A scan passes a gigabyte of versions through a cache of a hundred megabytes: a fresh
 * buffer for each copy is garbage for V8 to chase (a full collection every 64 MB of it), and pools of
 * buffers by size did not help, as a file's versions grow out of one size into the next.
 *
 * A page is free again once every version in it is dropped. A page left holding a few versions that
 * wait long (files edited rarely) would be pinned by them, so when a page falls below a quarter full
 * its versions move to the page being filled and the page is freed.
 */
/** One remembered copy: `bytes` is a view of its page (replaced when the copy moves). */
export interface PagedCopy {
    bytes: Buffer;
}
export declare class VersionPages {
    readonly pageSize: number;
    private readonly free;
    private readonly pageOf;
    private active?;
    private used;
    private inUse;
    /** `pageSize` bounds the largest copy: bigger ones must not be given. */
    constructor(pageSize?: number);
    /** Memory held by pages in use. */
    get bytes(): number;
    /** A copy of `bytes` (at most a page) in the pages. */
    put(bytes: Buffer): PagedCopy;
    /** The copy is no longer needed; its page may be freed, or emptied when little is left in it. */
    drop(copy: PagedCopy): void;
    /** Copies `copy.bytes` to the end of the active page (a new page when it is full) and points it there. */
    private place;
    private startPage;
    /** Moves the copies left in a page to the active one, and frees the page. */
    private compact;
    private release;
}
