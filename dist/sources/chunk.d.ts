/**
 * Splits a byte stream into line-aligned fragments so large inputs are scanned with bounded memory.
 * Each fragment after the first starts with a few lines of the previous one (the overlap), so a
 * secret that straddles a cut is still seen whole; the engine skips matches wholly inside the overlap.
 */
import type { Fragment, Origin } from '../engine/fragment';
/** Fragment size for streamed input. */
export declare const CHUNK_SIZE: number;
/** Bytes of the previous fragment repeated at the start of the next. */
export declare const OVERLAP: number;
/** Accumulates blocks of one stream and hands out fragments of about `chunkSize` bytes, cut at line ends. */
export declare class Chunker {
    private readonly path;
    private readonly origin;
    private readonly chunkSize;
    private pending;
    /**
     * Blocks received since `pending` was last joined, and their length: they are joined once a fragment's
     * worth is there, not on every block (that copied the pending bytes again per block: quadratic in
     * the fragment size, seconds per fragment for stdin's 64 KiB blocks).
     */
    private queued;
    private queuedBytes;
    private startLine;
    private offset;
    private overlap;
    private emitted;
    constructor(path: string, origin: Origin, chunkSize?: number);
    /** Adds a block; returns the fragments that are now complete. */
    push(block: Buffer): Fragment[];
    /** The last fragment (the first and only one for a small or empty stream), if any bytes remain. */
    end(): Fragment[];
    /** Moves the queued blocks into `pending` (a lone block is taken as it is, without a copy). */
    private join;
    private emit;
}
