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

/** Chunks of CHUNK bytes no batch holds. */
export class ChunkPool {
  private readonly free: Buffer[] = [];

  /**
   * A chunk of at least `n` bytes: a pooled one of shared memory, or, bigger than CHUNK, one of its own
   * that is copied when posted. Shared memory is freed only once both threads have collected their
   * handles to it, and a worker seldom collects: blobs of up to 16 MB each in shared memory of their
   * own took a 3.86 GB history's peak from 600 to 780 MiB to 800 to 880 MiB.
   */
  take(n: number): Buffer {
    if (n > CHUNK) return Buffer.from(new ArrayBuffer(n));
    return this.free.pop() ?? Buffer.from(new SharedArrayBuffer(CHUNK));
  }

  give(chunks: Buffer[]): void {
    for (const c of chunks) if (c.length === CHUNK) this.free.push(c);
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
