/** Somewhere text goes: process.stdout, process.stderr, or a test's buffer. */
export interface OutStream {
    write(chunk: string): boolean;
    isTTY?: boolean;
}
/** The streams, environment and directory one CLI run works with. */
export interface CliIO {
    stdout: OutStream;
    stderr: OutStream;
    /** stderr without escaping, for the progress bar's own control sequences (main() sets it). */
    rawStderr?: OutStream;
    stdin: NodeJS.ReadableStream;
    env: NodeJS.ProcessEnv;
    cwd: string;
}
/**
 * A process stream that survives its reader going away: after EPIPE (`tokenguard scan | head`) further
 * writes are dropped quietly; any other write error (a full disk behind `> file`) is kept for run()
 * to report as exit 2 instead of an unhandled 'error' event and a stack trace.
 */
export declare class GuardedStream implements OutStream {
    readonly stream: NodeJS.WriteStream;
    /** Set once the reader closed the pipe. */
    closed: boolean;
    /** The first write error other than EPIPE. */
    failure?: NodeJS.ErrnoException;
    constructor(stream: NodeJS.WriteStream);
    get isTTY(): boolean;
    write(chunk: string): boolean;
}
/** The real process. stdin is touched only when read: opening it loads stream machinery a hook never needs. */
export declare function processIO(): CliIO;
/** A path argument, resolved against the run's working directory. */
export declare function resolveIn(io: CliIO, path: string): string;
/** A path as the user should read it: relative to the working directory when that is shorter. */
export declare function shownPath(io: CliIO, path: string): string;
