import type { Readable } from 'node:stream';
/** One block and how many objects handed on from it are still held. */
export interface Block {
    bytes: Buffer;
    refs: number;
    /** Loans of the block to the version cache (lend()): held, but not counted against MAX_BLOCKS. */
    loans?: number;
    /** A buffer an object spread over several blocks was gathered into (spill()), not one reads land in. */
    spill?: boolean;
}
/** A block lent to the version cache (BlockStream.lend): the whole block, and how to give it back. */
export interface Loan {
    block: Buffer;
    unpin: () => void;
}
export declare class BlockStream {
    private readonly socket;
    private readonly free;
    /** Spill buffers no object holds, smallest first. */
    private readonly spills;
    private readonly byBuffer;
    private active?;
    /** Where the next read lands in the active block. */
    private used;
    private inUse;
    /** The most blocks ever in use at once (retire()). */
    private mostInUse;
    /** Blocks on loan (lend()). */
    private lentOut;
    /** Why reading is paused: the consumer asked, or every block is held. */
    private consumerPaused;
    private starved;
    private constructor();
    /**
     * Takes over reading `stdout` (a child's, just spawned, or a paused loopback socket: nothing read yet), or undefined when this
     * Node does not expose what that needs; the caller then reads the stream as usual. The stream object
     * itself reads nothing more and never closes: the caller waits for this one's end and the child's exit.
     */
    static takeOver(stdout: Readable, onChunk: (chunk: Buffer) => void): BlockStream | undefined;
    /** The block an object's bytes lie in, when they are a view of one. */
    blockOf(bytes: Buffer): Block | undefined;
    /**
     * An object in `block` is held from its first byte (the parser holds it while gathering the rest, then
     * hands it on held), so a block is never taken back with an object half read in it.
     */
    hold(block: Block): void;
    /**
     * Lends the block `bytes` lie in (if at most `most` bytes) to the version cache, which keeps versions there instead of copying
     * them (version-pages.ts): held until given back, and not counted among the blocks reading waits on,
     * since the cache gives a block back only as later versions come in. Undefined for spill memory.
     */
    lend(bytes: Buffer, most?: number): Loan | undefined;
    /** An object handed on from `block` is no longer held. */
    release(block: Block): void;
    /**
     * Room for an object of `size` bytes that does not fit in one run of a block, held (released like a
     * block). A 3 MB file edited in 800 commits had a fresh buffer per version: external memory that had
     * V8 run 94 full collections in a 3.4 s scan.
     */
    spill(size: number): Buffer;
    private newSpill;
    /** A spill buffer free again: kept for the next big object, up to SPILL_KEPT bytes of them. */
    private keepSpill;
    /** The consumer is behind (or caught up again). */
    setPaused(paused: boolean): void;
    on(event: 'end' | 'close' | 'error', listener: (err?: Error) => void): void;
    destroy(): void;
    private paused;
    private wake;
    /** Room for the next read: the rest of the active block, or the next block. */
    private nextBuffer;
    private allocate;
    private retire;
}
