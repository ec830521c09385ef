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

interface Page {
  buf: Buffer;
  /** Bytes of the copies still in it. */
  live: number;
  copies: Set<PagedCopy>;
}

export class VersionPages {
  private readonly free: Page[] = [];
  private readonly pageOf = new Map<PagedCopy, Page>();
  private active?: Page;
  private used = 0;
  private inUse = 0;

  /** `pageSize` bounds the largest copy: bigger ones must not be given. */
  constructor(readonly pageSize = 2 * 1024 * 1024) {}

  /** Memory held by pages in use. */
  get bytes(): number {
    return this.inUse * this.pageSize;
  }

  /** A copy of `bytes` (at most a page) in the pages. */
  put(bytes: Buffer): PagedCopy {
    const copy: PagedCopy = { bytes };
    this.place(copy);
    return copy;
  }

  /** The copy is no longer needed; its page may be freed, or emptied when little is left in it. */
  drop(copy: PagedCopy): void {
    const page = this.pageOf.get(copy);
    if (!page) return;
    this.pageOf.delete(copy);
    page.copies.delete(copy);
    page.live -= copy.bytes.length;
    if (page === this.active) return;
    if (page.live === 0) this.release(page);
    else if (page.live < this.pageSize / 4) this.compact(page);
  }

  /** Copies `copy.bytes` to the end of the active page (a new page when it is full) and points it there. */
  private place(copy: PagedCopy): void {
    const n = copy.bytes.length;
    if (n > this.pageSize) throw new RangeError(`a ${n}-byte copy does not fit a ${this.pageSize}-byte page`);
    const full = this.active && this.used + n > this.pageSize ? this.active : undefined;
    if (!this.active || full) this.startPage();
    const page = this.active!;
    page.buf.set(copy.bytes, this.used);
    copy.bytes = page.buf.subarray(this.used, this.used + n);
    this.used += n;
    page.live += n;
    page.copies.add(copy);
    this.pageOf.set(copy, page);
    // The page just left behind is settled only now that this copy has its place.
    if (full?.live === 0) this.release(full);
    else if (full && full.live < this.pageSize / 4) this.compact(full);
  }

  private startPage(): void {
    this.active = this.free.pop() ?? { buf: Buffer.allocUnsafeSlow(this.pageSize), live: 0, copies: new Set() };
    this.inUse++;
    this.used = 0;
  }

  /** Moves the copies left in a page to the active one, and frees the page. */
  private compact(page: Page): void {
    for (const copy of [...page.copies]) {
      page.copies.delete(copy);
      page.live -= copy.bytes.length;
      this.pageOf.delete(copy);
      this.place(copy);
    }
    this.release(page);
  }

  private release(page: Page): void {
    this.inUse--;
    this.free.push(page);
  }
}
