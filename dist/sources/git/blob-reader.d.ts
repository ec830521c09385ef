/**
 * Blob contents in request order, surviving git failures. When `git cat-file --batch` dies (a corrupt
 * object it cannot inflate, a kill, a crash) the blob it was on is answered with the error and a fresh
 * cat-file takes over the blobs still outstanding, so one bad object costs one blob, not the rest of
 * the scan. After a few failures in a row git is not trusted further and every remaining blob is
 * answered with the error: reported as not scanned, never silently dropped.
 */
import type { Loan } from './block-stream';
import { type CatFileOptions } from './catfile';
import type { GitObject } from './catfile-parser';
/** One answer: the object, or why it could not be read. */
export interface BlobResult {
    id: string;
    obj?: GitObject;
    error?: string;
}
export declare class BlobReader implements AsyncIterable<BlobResult> {
    private readonly cwd;
    private readonly maxSize;
    private readonly options;
    private cat;
    /** Ids requested and not yet answered, oldest first. */
    private readonly outstanding;
    private ended;
    private restarts;
    /** Set once git is given up on: the error every remaining blob is answered with. */
    private broken?;
    private wake?;
    /** `options` as CatFile's: with `reuse`, an object's content is valid until the next one is asked for. */
    constructor(cwd: string, maxSize: number, options?: CatFileOptions);
    /** Settles once the current cat-file is started (or could not be). */
    get started(): Promise<void>;
    request(id: string): void;
    /** Lends the block a blob's content lies in, to keep it without a copy (version-pages.ts); undefined when it cannot be. */
    lend(bytes: Buffer, most?: number): Loan | undefined;
    end(): void;
    kill(): void;
    [Symbol.asyncIterator](): AsyncGenerator<BlobResult>;
    /** A fresh cat-file, asked again for everything still outstanding. */
    private restart;
    /** Answers every request, present and future, with the error git was given up for. */
    private drainBroken;
    private shift;
    private notify;
}
