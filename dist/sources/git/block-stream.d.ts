import type { Readable } from 'node:stream';
/** One block and how many objects handed on from it are still held. */
export interface Block {
    bytes: Buffer;
    refs: number;
}
export declare class BlockStream {
    private readonly socket;
    private readonly free;
    private readonly byBuffer;
    private active?;
    /** Where the next read lands in the active block. */
    private used;
    private inUse;
    /** Why reading is paused: the consumer asked, or every block is held. */
    private consumerPaused;
    private starved;
    private constructor();
    /**
     * Takes over reading `stdout` (a child's, just spawned, nothing read yet), or undefined when this
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
    /** An object handed on from `block` is no longer held. */
    release(block: Block): void;
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
