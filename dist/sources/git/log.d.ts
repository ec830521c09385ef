/** A commit header from the log. */
export interface LogCommit {
    id: string;
    parents: string[];
    /** Author time, seconds since the epoch. */
    time: number;
    author: string;
    email: string;
}
/** One raw diff entry: a path whose blob changed in the commit. */
export interface LogChange {
    srcMode: string;
    dstMode: string;
    /** The blob before the change (all zeros for an added file). */
    srcId: string;
    dstId: string;
    /** A, M, D, T (renames and copies are off). */
    status: string;
    /** Raw path bytes (may not be UTF-8). */
    path: Buffer;
}
/** The --format that the parser expects: \x01 marks a commit, NULs separate fields. */
export declare const LOG_FORMAT = "--format=%x01%H %P%x00%at%x00%an%x00%ae";
/** Incremental parser for `git log --raw -z` with LOG_FORMAT. Throws GitError on anything unexpected. */
export declare class RawLogParser {
    private readonly onCommit;
    private readonly onChange;
    private carry;
    private state;
    constructor(onCommit: (c: LogCommit) => void, onChange: (c: LogChange) => void);
    push(chunk: Buffer): void;
    /** Call at the end of the stream; anything left over is a truncated record. */
    end(): void;
    private token;
    private record;
    private flushHeader;
}
/** Log flags that keep repository config from changing the output or running programs. */
export declare const LOG_FLAGS: string[];
/** A running `git log` feeding a parser; can be paused while downstream catches up. */
export declare class LogStream {
    readonly done: Promise<void>;
    private readonly child;
    /** Starts `git log` over `revs` plus revisions written to its stdin. */
    constructor(cwd: string, revs: string[], stdinRevs: string[], parser: RawLogParser);
    pause(): void;
    resume(): void;
    kill(): void;
}
