/**
 * The CLI's view of its process: streams, environment and working directory. `run()` hands it the real
 * process; tests hand `main()` their own, so the big matrices run in-process instead of spawning.
 */
import { relative, resolve } from 'node:path';

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
export class GuardedStream implements OutStream {
  /** Set once the reader closed the pipe. */
  closed = false;
  /** The first write error other than EPIPE. */
  failure?: NodeJS.ErrnoException;

  constructor(readonly stream: NodeJS.WriteStream) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') this.closed = true;
      else this.failure ??= err;
    });
  }

  get isTTY(): boolean {
    return this.stream.isTTY === true;
  }

  write(chunk: string): boolean {
    if (this.closed || this.failure || this.stream.destroyed) return false;
    return this.stream.write(chunk);
  }
}

/** The real process. stdin is touched only when read: opening it loads stream machinery a hook never needs. */
export function processIO(): CliIO {
  return {
    stdout: new GuardedStream(process.stdout),
    stderr: new GuardedStream(process.stderr),
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

/** A path argument, resolved against the run's working directory. */
export function resolveIn(io: CliIO, path: string): string {
  return resolve(io.cwd, path);
}

/** A path as the user should read it: relative to the working directory when that is shorter. */
export function shownPath(io: CliIO, path: string): string {
  return relative(io.cwd, path) || path;
}
