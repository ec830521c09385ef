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
export declare class ChunkPool {
    private readonly free;
    /** Free big chunks by size. */
    private readonly big;
    private bigBytes;
    /** A chunk of at least `n` bytes: pooled shared memory, or, bigger than MAX_POOLED, one of its own that is copied when posted. */
    take(n: number): Buffer;
    give(chunks: Buffer[]): void;
}
export declare class FragmentBatch {
    private readonly pool;
    readonly items: SourceFragment[];
    /** Chunks holding the items' bytes: given back to the pool once the batch is answered. */
    readonly chunks: Buffer[];
    /** Bytes of the fragments gathered. */
    bytes: number;
    private used;
    constructor(pool: ChunkPool);
    /** Adds a fragment, its bytes replaced by a copy in the batch's memory (the object is the source's, its other fields kept as they are). */
    add(fragment: SourceFragment): void;
}
