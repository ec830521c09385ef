import type { Origin } from '../engine/fragment';
import type { LedgerSink, MissingPolicy, ViewFragment } from './types';
/** Open flags for every file read: no symlinks followed, no blocking on a FIFO. */
export declare const OPEN_FLAGS: number;
/** Reads `file` and yields the fragments the engine reads (sources/content.ts); skips and problems go to the sink. */
export declare function readFileFragments(file: string | Buffer, display: string, origin: Origin, maxFileSize: number, sink: LedgerSink, onMissing?: MissingPolicy): Generator<ViewFragment>;
/** Reads up to `size` bytes; a file that shrank yields what is there, one that grew is cut at `size`. */
export declare function readUpTo(fd: number, size: number): Buffer;
