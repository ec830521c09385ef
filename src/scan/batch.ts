/**
 * Fragments gathered for one worker batch. A source's fragment bytes may be memory it uses again once
 * it is resumed (history reads each blob into the same buffer), so each fragment's bytes are copied as
 * it joins, into chunks of memory the batch holds: one copy, where a copy by the source and another for
 * posting cost two. Pooled chunks are shared memory, so posting a batch of small fragments copies none of
 * its bytes (a cloned chunk cost a copy on each side, 70 MB of them on the express-shaped history); the
 * worker reads them only until it answers, and only then do they come back to the pool. Fresh ones for each batch were garbage that the
 * main thread, with the engine off it, collected too rarely (a peak of 78 MB more).
 */
import type { SourceFragment } from '../sources/types';

/** Size of a chunk: a batch of small changed regions fits in one. */
const CHUNK = 128 * 1024;

/** Largest pooled chunk: a fragment bigger than this gets memory of its own, copied when posted. */
const MAX_POOLED = 16 * 1024 * 1024;
/**
 * Bytes of free chunks bigger than CHUNK kept for reuse; past it, those given back are let go. Enough
 * for the big chunks in flight at once (four batches of a 16 MB blob): a chunk let go is freed only once
 * both threads have collected, and at 32 MiB a 3.8 GB history of blobs up to 16 MB let go 898 MiB of the
 * 929 MiB it took, and peaked at 491 to 510 MiB; at 64 MiB it took 47 MiB, let none go, and peaked at
 * 433 to 459 MiB.
 */
const BIG_KEPT = 64 * 1024 * 1024;

/**
 * Chunks of shared memory no batch holds: CHUNK bytes for small fragments, and for bigger ones (up to
 * MAX_POOLED) a power of two from 2 × CHUNK. Big fragments had memory of their own, copied again when
 * posted: on a history of minified bundles, 1.9 GB of allocations on each thread, each freed only when
 * its thread collected. Pooled, they are allocated once and never copied: on the two halves of that
 * history, V8's helper threads took 4.7 and 7.5 s of CPU instead of 6.3 and 10.3 s, and the peak RSS
 * was 6 and 24 MiB lower. Shared memory is freed only once both threads have collected their handles
 * to it, and a worker seldom collects, so chunks are used again rather than dropped: blobs of up to
 * 16 MB each in shared memory of their own took a 3.86 GB history's peak from 600 to 780 MiB to 800
 * to 880 MiB.
 */
export class ChunkPool {
  private readonly free: Buffer[] = [];
  /** Free big chunks by size. */
  private readonly big = new Map<number, Buffer[]>();
  private bigBytes = 0;

  /** A chunk of at least `n` bytes: pooled shared memory, or, bigger than MAX_POOLED, one of its own that is copied when posted. */
  take(n: number): Buffer {
    if (n <= CHUNK) return this.free.pop() ?? Buffer.from(new SharedArrayBuffer(CHUNK));
    if (n > MAX_POOLED) return Buffer.from(new ArrayBuffer(n));
    let size = CHUNK * 2;
    while (size < n) size *= 2;
    const kept = this.big.get(size)?.pop();
    if (!kept) return Buffer.from(new SharedArrayBuffer(size));
    this.bigBytes -= size;
    return kept;
  }

  give(chunks: Buffer[]): void {
    for (const c of chunks) {
      if (c.length === CHUNK) this.free.push(c);
      else if (c.buffer instanceof SharedArrayBuffer && this.bigBytes + c.length <= BIG_KEPT) {
        const list = this.big.get(c.length);
        if (list) list.push(c);
        else this.big.set(c.length, [c]);
        this.bigBytes += c.length;
      }
    }
  }
}

export class FragmentBatch {
  readonly items: SourceFragment[] = [];
  /** Chunks holding the items' bytes: given back to the pool once the batch is answered. */
  readonly chunks: Buffer[] = [];
  /** Bytes of the fragments gathered. */
  bytes = 0;
  private used = 0;

  constructor(private readonly pool: ChunkPool) {}

  /** Adds a fragment, its bytes replaced by a copy in the batch's memory (the object is the source's, its other fields kept as they are). */
  add(fragment: SourceFragment): void {
    const n = fragment.bytes.length;
    let chunk = this.chunks[this.chunks.length - 1];
    if (!chunk || this.used + n > chunk.length) {
      chunk = this.pool.take(n);
      this.chunks.push(chunk);
      this.used = 0;
    }
    chunk.set(fragment.bytes, this.used);
    // Assigned rather than spread into a new object: a source may give fields as getters that must
    // keep reading its memory until it settles them (history's line numbers).
    fragment.bytes = chunk.subarray(this.used, this.used + n);
    this.used += n;
    this.bytes += n;
    this.items.push(fragment);
  }
}
