/**
 * Splits a byte stream into line-aligned fragments so large inputs are scanned with bounded memory.
 * Each fragment after the first starts with a few lines of the previous one (the overlap), so a
 * secret that straddles a cut is still seen whole; the engine skips matches wholly inside the overlap.
 */
import type { Fragment, Origin } from '../engine/fragment';
import { countNewlines } from '../util/newlines';

/** Fragment size for streamed input. */
export const CHUNK_SIZE = 16 * 1024 * 1024;
/** Bytes of the previous fragment repeated at the start of the next. */
export const OVERLAP = 16 * 1024;

/** Where to cut `pending` near `size`: just after the last newline before it, else at `size`. */
function cutPoint(pending: Buffer, size: number): number {
  const nl = pending.lastIndexOf(10, size - 1);
  return nl > 0 ? nl + 1 : size;
}

/** Where the overlap starts inside the emitted bytes: a line start within the last OVERLAP bytes. */
function overlapStart(emitted: Buffer): number {
  const from = Math.max(0, emitted.length - OVERLAP);
  if (from === 0) return emitted.length; // tiny fragments need no overlap
  const nl = emitted.indexOf(10, from);
  return nl >= 0 && nl + 1 < emitted.length ? nl + 1 : from;
}

/** Accumulates blocks of one stream and hands out fragments of about `chunkSize` bytes, cut at line ends. */
export class Chunker {
  private pending: Buffer = Buffer.alloc(0);
  /**
   * Blocks received since `pending` was last joined, and their length: they are joined once a fragment's
   * worth is there, not on every block (that copied the pending bytes again per block: quadratic in
   * the fragment size, seconds per fragment for stdin's 64 KiB blocks).
   */
  private queued: Buffer[] = [];
  private queuedBytes = 0;
  private startLine = 1;
  private offset = 0;
  private overlap = 0;
  private emitted = false;

  constructor(
    private readonly path: string,
    private readonly origin: Origin,
    private readonly chunkSize = CHUNK_SIZE,
  ) {}

  /** Adds a block; returns the fragments that are now complete. */
  push(block: Buffer): Fragment[] {
    this.queued.push(block);
    this.queuedBytes += block.length;
    const out: Fragment[] = [];
    if (this.pending.length + this.queuedBytes < this.chunkSize + this.overlap) return out;
    this.join();
    while (this.pending.length >= this.chunkSize + this.overlap) out.push(this.emit(cutPoint(this.pending, Math.max(this.chunkSize, this.overlap + 1))));
    return out;
  }

  /** The last fragment (the first and only one for a small or empty stream), if any bytes remain. */
  end(): Fragment[] {
    this.join();
    if (this.pending.length <= this.overlap && this.emitted) return [];
    this.emitted = true;
    return [{ bytes: this.pending, path: this.path, startLine: this.startLine, offset: this.offset, overlap: this.overlap, origin: this.origin }];
  }

  /** Moves the queued blocks into `pending` (a lone block is taken as it is, without a copy). */
  private join(): void {
    if (this.queued.length === 0) return;
    const parts = this.pending.length === 0 ? this.queued : [this.pending, ...this.queued];
    this.pending = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    this.queued = [];
    this.queuedBytes = 0;
  }

  private emit(cut: number): Fragment {
    // Copy out: fragments may be transferred to a worker, which detaches their memory.
    const bytes = Buffer.from(this.pending.subarray(0, cut));
    const frag: Fragment = { bytes, path: this.path, startLine: this.startLine, offset: this.offset, overlap: this.overlap, origin: this.origin };
    const keep = overlapStart(bytes);
    this.startLine += countNewlines(bytes, 0, keep);
    this.offset += keep;
    this.overlap = cut - keep;
    this.pending = this.pending.subarray(keep);
    this.emitted = true;
    return frag;
  }
}
