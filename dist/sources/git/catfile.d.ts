import { type Loan } from './block-stream';
import { type GitObject } from './catfile-parser';
/** How a CatFile reads git's output. */
export interface CatFileOptions {
    /**
     * Read into blocks of memory that are used again (block-stream.ts). An object's content is then
     * valid only until the next object is asked of the iterator: the consumer copies what it keeps.
     */
    reuse?: boolean;
    /** With `reuse`: false reads git's output from a pipe, not a loopback socket (loopback.ts; for tests). */
    loopback?: boolean;
}
/** A running cat-file process: write ids, iterate objects. */
export declare class CatFile implements AsyncIterable<GitObject> {
    /** Settles once git is started, or could not be (with `reuse`, after its loopback socket is connected). */
    readonly started: Promise<void>;
    /** git, once started (with `reuse`, after its loopback socket is connected). */
    private child?;
    /** What git's output is read from when its handle cannot be taken over (then as a stream). */
    private output?;
    private readonly queue;
    /** With reused blocks: the block each queued object's content lies in (undefined: its own memory), in queue order. */
    private readonly blocks;
    private stream?;
    private queuedBytes;
    private wake?;
    private done;
    private failure?;
    private stderr;
    private written;
    private inputEnded;
    private killed;
    /** Requested ids not yet written to git. */
    private unsent;
    private readonly parser;
    constructor(cwd: string, mode: 'batch' | 'batch-check', maxSize?: number, options?: CatFileOptions);
    /** Wires a started git: its output (read into reused blocks with `reuse`), stderr, and its end. */
    private start;
    /**
     * The child's 'close' waits only for its own stdio streams, and its stdout is not one of them once
     * its handle is taken over (or it writes into a loopback socket): the exit, the end of the output and
     * the end of stderr instead, whichever comes last.
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
    /** Writes the ids held back (kept until git has started). */
    private flush;
    /** Lends the block an object's content lies in, with reused blocks (BlockStream.lend). */
    lend(bytes: Buffer, most?: number): Loan | undefined;
    /** Number of requests made so far. */
    get requested(): number;
    /**
     * Whether this cat-file keeps the process alive: a spare started ahead of need waits with `false`, so
     * a caller that never asks anything of it can still exit (git then ends as its input closes).
     */
    keepAlive(on: boolean): void;
    /** Stops git (used when the consumer gives up early). */
    kill(): void;
    private fail;
    private notify;
    [Symbol.asyncIterator](): AsyncGenerator<GitObject>;
}
