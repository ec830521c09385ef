"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FragmentBatch = exports.ChunkPool = void 0;
/** Size of a chunk: a batch of small changed regions fits in one. */
const CHUNK = 128 * 1024;
/** Chunks of CHUNK bytes no batch holds. */
class ChunkPool {
    free = [];
    /**
     * A chunk of at least `n` bytes: a pooled one of shared memory, or, bigger than CHUNK, one of its own
     * that is copied when posted. Shared memory is freed only once both threads have collected their
     * handles to it, and a worker seldom collects: blobs of up to 16 MB each in shared memory of their
     * own took a 3.86 GB history's peak from 600 to 780 MiB to 800 to 880 MiB.
     */
    take(n) {
        if (n > CHUNK)
            return Buffer.from(new ArrayBuffer(n));
        return this.free.pop() ?? Buffer.from(new SharedArrayBuffer(CHUNK));
    }
    give(chunks) {
        for (const c of chunks)
            if (c.length === CHUNK)
                this.free.push(c);
    }
}
exports.ChunkPool = ChunkPool;
class FragmentBatch {
    pool;
    items = [];
    /** Chunks holding the items' bytes: given back to the pool once the batch is answered. */
    chunks = [];
    /** Bytes of the fragments gathered. */
    bytes = 0;
    used = 0;
    constructor(pool) {
        this.pool = pool;
    }
    /** Adds a fragment, its bytes replaced by a copy in the batch's memory (the object is the source's, its other fields kept as they are). */
    add(fragment) {
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
exports.FragmentBatch = FragmentBatch;
