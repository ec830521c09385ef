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
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** The real process. stdin is touched only when read: opening it loads stream machinery a hook never needs. */
export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
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
