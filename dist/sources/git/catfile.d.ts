import { type Loan } from './block-stream';
/** One object as cat-file reports it. */
export interface GitObject {
    id: string;
    /** "blob", "tree", …; "missing" when git has no such object. */
    type: string;
    size: number;
    /** The bytes (batch mode, within the size limit). */
    content?: Buffer;
    /** True when the content was over the limit and was read past, not kept. */
    oversize?: boolean;
}
/** Parses cat-file output incrementally: headers, then (batch mode) content and a newline. */
export declare class CatFileParser {
    private readonly withContent;
    private readonly maxSize;
    private readonly emit;
    private readonly hold?;
    private readonly spill?;
    private pending;
    private pendingBytes;
    private current?;
    /**
     * `hold(bytes, 1)` is called when an object's content starts as a view of a chunk, and `hold(bytes,
     * -1)` if it is copied out later: memory that is used again (block-stream.ts) must not be while an
     * object is half read in it. A finished view is handed on still held. `spill(size)` gives the memory
     * an object spread over separate chunks is gathered into (without it, or when it gives none: a buffer of its own).
     */
    constructor(withContent: boolean, maxSize: number, emit: (obj: GitObject) => void, hold?: ((bytes: Buffer, change: 1 | -1) => void) | undefined, spill?: ((size: number) => Buffer | undefined) | undefined);
    push(chunk: Buffer): void;
    /** Throws unless the stream ended on an object boundary. */
    end(): void;
    private header;
    /** An object whose header was read: given on at once (sizes only), or its content read next. */
    private begin;
    /**
     * Adds `take` bytes from the start of `buf` to the object's content. Content in one run of memory (one
     * chunk of git's output, or consecutive reads into one block, block-stream.ts) is a view of it: no
     * copy, as a chunk is never reused while the object is held. Content spread over separate chunks is
     * gathered into a buffer of its own.
     */
    private gather;
    /** Consumes content bytes, then the newline after them, and returns what is left of `buf`. */
    private feedContent;
}
/** How a CatFile reads git's output. */
export interface CatFileOptions {
    /**
     * Read into blocks of memory that are used again (block-stream.ts). An object's content is then
     * valid only until the next object is asked of the iterator: the consumer copies what it keeps.
     */
    reuse?: boolean;
}
/** A running cat-file process: write ids, iterate objects. */
export declare class CatFile implements AsyncIterable<GitObject> {
    private readonly child;
    private readonly queue;
    /** With reused blocks: the block each queued object's content lies in (undefined: its own memory), in queue order. */
    private readonly blocks;
    private readonly stream?;
    private queuedBytes;
    private wake?;
    private done;
    private failure?;
    private stderr;
    private written;
    /** Requested ids not yet written to git. */
    private unsent;
    constructor(cwd: string, mode: 'batch' | 'batch-check', maxSize?: number, options?: CatFileOptions);
    /**
     * The child's 'close' waits for its stdout stream, which no longer reads once its handle is taken
     * over: the exit, the end of the block stream and the end of stderr instead, whichever comes last.
     */
    private closeOnExit;
    private parsed;
    private pause;
    /**
     * Asks for one object. Ids are written in batches: when 32 KiB of them wait, when every answer so far
     * has been read (git has nothing left to do), and at the end. A pipe write per id, or per task, cost
     * more than the rest of the request: 839 writes took 0.43 s of a 7.8 s history scan.
     */
    request(id: string): void;
    /** No more requests: git exits after answering the ones made. */
    end(): void;
    private flush;
    /** Lends the block an object's content lies in, with reused blocks (BlockStream.lend). */
    lend(bytes: Buffer, most?: number): Loan | undefined;
    /** Number of requests made so far. */
    get requested(): number;
    /** Stops git (used when the consumer gives up early). */
    kill(): void;
    private fail;
    private notify;
    [Symbol.asyncIterator](): AsyncGenerator<GitObject>;
}
