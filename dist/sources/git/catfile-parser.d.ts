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
