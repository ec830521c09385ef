/**
 * Recently read versions, bounded by bytes: the previous version of a file is usually read some
 * commits before the next one, and with it at hand only the changed lines need scanning.
 */
import type { CarryState } from './carry';
import { changedRegions, changedRegionsFrom } from './changed-regions';
import { indexLines, type LineIndex } from './line-index';

/** Versions up to this size are remembered as their bytes, bigger ones as their line keys. */
const KEEP_BYTES = 256 * 1024;
/** Larger text blobs are scanned whole and not remembered: their line offsets would not fit in 32 bits, and keys for them would crowd out hundreds of ordinary files. */
const MAX_INDEXED = 64 * 1024 * 1024;

/** Bytes of one of git's reads: a blob inside one is kept as a view of it (the read's memory is counted once for all its blobs). */
const READ_BYTES = 64 * 1024;

/**
 * The blob as kept: a view of the memory it sits in when that is one of git's reads or its own, else a
 * copy (a small blob must not keep a big buffer alive). Copying every blob cost more than diffing them.
 */
function kept(b: Buffer): Buffer {
  if (b.buffer.byteLength <= Math.max(READ_BYTES, 2 * b.length)) return b;
  // Not Buffer.from(b): it copies through the typed-array constructor, several times slower than memcpy.
  const copy = Buffer.allocUnsafeSlow(b.length);
  b.copy(copy);
  return copy;
}

/**
 * A text version compared with the one before it (when that one is remembered): the byte ranges it
 * adds, undefined when it must be read whole, and what to remember it as (undefined: too big to).
 */
export function compareVersion(content: Buffer, before: CachedVersion['lines'] | undefined): { regions?: Array<[number, number]>; lines?: CachedVersion['lines'] } {
  let index: LineIndex | undefined;
  let regions: Array<[number, number]> | undefined;
  if (Buffer.isBuffer(before)) regions = changedRegionsFrom(before, content);
  else if (before && content.length <= MAX_INDEXED) regions = changedRegions(before, content, (index = indexLines(content)));
  if (content.length <= KEEP_BYTES) return { regions, lines: kept(content) };
  return { regions, lines: content.length <= MAX_INDEXED ? (index ?? indexLines(content)).keys : undefined };
}

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
 * the parent of one next version, so once that one is read it is the first to go. It stays while there
 * is room, for a branch that changes the same file again.
 */
export class LineCache {
  private readonly waiting = new Map<string, CachedVersion>();
  private readonly used = new Map<string, CachedVersion>();
  /** Versions kept per block of memory: a block counts once, however many versions are views of it. */
  private readonly holders = new Map<ArrayBufferLike, number>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(id: string): CachedVersion | undefined {
    const v = this.waiting.get(id) ?? this.used.get(id);
    if (v && this.waiting.delete(id)) this.used.set(id, v);
    return v;
  }

  /** A version met again in the history (a revert, a file copied back) is a parent again: it waits anew. */
  touch(id: string): void {
    const v = this.waiting.get(id) ?? this.used.get(id);
    if (!v) return;
    this.waiting.delete(id);
    this.used.delete(id);
    this.waiting.set(id, v);
  }

  set(id: string, version: CachedVersion): void {
    if (version.lines.buffer.byteLength > this.maxBytes / 8 || this.waiting.has(id) || this.used.has(id)) return;
    this.waiting.set(id, version);
    this.hold(version.lines.buffer, 1);
    for (const map of [this.used, this.waiting]) {
      for (const [old, v] of map) {
        if (this.bytes <= this.maxBytes) return;
        map.delete(old);
        this.hold(v.lines.buffer, -1);
      }
    }
  }

  private hold(block: ArrayBufferLike, change: 1 | -1): void {
    const n = (this.holders.get(block) ?? 0) + change;
    if (n === 0) this.holders.delete(block);
    else this.holders.set(block, n);
    if (n === 0 || (n === 1 && change === 1)) this.bytes += change * block.byteLength;
  }
}
