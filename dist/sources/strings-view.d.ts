import type { Origin } from '../engine/fragment';
import type { ViewFragment } from './types';
/** Builds the strings view of one file from consecutive blocks, in fragments of about CHUNK_SIZE. */
export declare class StringsView {
    private readonly path;
    private readonly origin;
    private readonly chunkSize;
    private base;
    private line;
    private lineStart;
    private open?;
    private segments;
    private length;
    private table;
    private overlap;
    private emitted;
    constructor(path: string, origin: Origin, chunkSize?: number);
    push(block: Buffer): ViewFragment[];
    end(): ViewFragment[];
    private closeOpen;
    /** Adds whole runs to the pending view; a full view goes out as a fragment. */
    private append;
    private emit;
}
