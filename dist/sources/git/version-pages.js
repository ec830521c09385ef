"use strict";
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
Object.defineProperty(exports, "__esModule", { value: true });
exports.VersionPages = void 0;
class VersionPages {
    pageSize;
    limit;
    free = [];
    /** Lent blocks holding versions, by their memory. */
    lent = new Map();
    lentBytes = 0;
    active;
    used = 0;
    inUse = 0;
    /**
     * `pageSize` bounds the largest copy: bigger ones must not be given. Free pages are kept for reuse
     * while they and what is in use (lent blocks included) stay within `limit` bytes, and two more.
     */
    constructor(pageSize = 2 * 1024 * 1024, limit = Infinity) {
        this.pageSize = pageSize;
        this.limit = limit;
    }
    /** Memory held by pages in use, lent blocks included. */
    get bytes() {
        return this.inUse * this.pageSize + this.lentBytes;
    }
    /** A copy of `bytes` (at most a page) in the pages, or `bytes` itself where `lend` pins the block they lie in. */
    put(bytes, lend) {
        const copy = { bytes, page: undefined, slot: -1 };
        const page = lend && this.lentPage(bytes, lend);
        if (!page) {
            this.place(copy);
            return copy;
        }
        this.attach(page, copy);
        return copy;
    }
    /** The page of the lent block `bytes` lie in, pinned on its first version. */
    lentPage(bytes, lend) {
        const known = this.lent.get(bytes.buffer);
        if (known)
            return known;
        // A block counts as a page: one bigger than a page (a small cache's) would crowd out every other version.
        const loan = lend(bytes, this.pageSize);
        if (!loan)
            return undefined;
        const page = { buf: loan.block, live: 0, copies: [], unpin: loan.unpin };
        this.lent.set(bytes.buffer, page);
        this.lentBytes += loan.block.length;
        return page;
    }
    /** The copy is no longer needed; its page may be freed, or emptied when little is left in it. */
    drop(copy) {
        const held = copy;
        const page = held.page;
        if (!page)
            return;
        // Out of its page's list by moving the last one into its place.
        const last = page.copies.pop();
        if (last !== held) {
            page.copies[held.slot] = last;
            last.slot = held.slot;
        }
        held.page = undefined;
        page.live -= held.bytes.length;
        if (page === this.active)
            return;
        if (page.live === 0)
            this.release(page);
        else if (page.live < page.buf.length / 4)
            this.compact(page);
    }
    /** Copies `copy.bytes` to the end of the active page (a new page when it is full) and points it there. */
    place(copy) {
        const n = copy.bytes.length;
        if (n > this.pageSize)
            throw new RangeError(`a ${n}-byte copy does not fit a ${this.pageSize}-byte page`);
        const full = this.active && this.used + n > this.pageSize ? this.active : undefined;
        if (!this.active || full)
            this.startPage();
        const page = this.active;
        page.buf.set(copy.bytes, this.used);
        copy.bytes = page.buf.subarray(this.used, this.used + n);
        this.used += n;
        this.attach(page, copy);
        // The page just left behind is settled only now that this copy has its place.
        if (full?.live === 0)
            this.release(full);
        else if (full && full.live < this.pageSize / 4)
            this.compact(full);
    }
    attach(page, copy) {
        page.live += copy.bytes.length;
        copy.page = page;
        copy.slot = page.copies.push(copy) - 1;
    }
    startPage() {
        this.active = this.free.pop() ?? { buf: Buffer.allocUnsafeSlow(this.pageSize), live: 0, copies: [] };
        this.inUse++;
        this.used = 0;
    }
    /** Moves the copies left in a page to the active one, and frees the page. */
    compact(page) {
        const moving = page.copies;
        page.copies = [];
        for (const copy of moving) {
            page.live -= copy.bytes.length;
            copy.page = undefined;
            this.place(copy);
        }
        this.release(page);
    }
    release(page) {
        if (page.unpin) {
            this.lent.delete(page.buf.buffer);
            this.lentBytes -= page.buf.length;
            page.unpin();
            return;
        }
        this.inUse--;
        // Two free pages past the limit: with none, a full cache allocated a fresh page for nearly every one
        // it let go (the big-files history took 5.0 s instead of 3.4 s, collecting them).
        if (this.bytes + (this.free.length - 1) * this.pageSize <= this.limit)
            this.free.push(page);
    }
}
exports.VersionPages = VersionPages;
