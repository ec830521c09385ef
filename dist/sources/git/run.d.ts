/**
 * The one place tokenguard spawns git. Every call gets the same overrides so that a hostile
 * repository's config cannot make us run anything: no fsmonitor, hooks, external diff, textconv,
 * pagers, credential helpers or askpass programs, and never a network protocol.
 */
import { type ChildProcess, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Socket } from 'node:net';
import { GitError } from '../../errors';
/** `-c` overrides for every git call (as key=value). */
export declare const SAFE_OVERRIDES: readonly string[];
/**
 * Environment for git, from `base`: no prompts, no optional locks, no pager or external programs from
 * the environment. sources/git/hooks-info.ts starts from it too.
 */
export declare function gitEnv(base?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
/** Full argv for a git call: the safe overrides, then the command. */
export declare function gitArgv(args: string[]): string[];
/** Spawns git for streaming (cat-file --batch, log --raw). The caller owns the process. */
export declare function spawnGit(cwd: string, args: string[]): ChildProcessWithoutNullStreams;
/** Spawns git with its stdout going to `stdout` (a loopback socket, loopback.ts): child.stdout is null. */
export declare function spawnGitTo(cwd: string, args: string[], stdout: Socket): ChildProcess;
/** Options for a buffered git call. */
export interface GitCallOptions {
    input?: string | Buffer;
    /** Exit codes that are not errors (e.g. 1 for "no" answers). */
    okCodes?: number[];
}
/** Result of a buffered git call. */
export interface GitResult {
    stdout: Buffer;
    stderr: string;
    code: number;
}
/** Runs git to completion and returns its output; a non-zero exit is a GitError naming the command. */
export declare function runGit(cwd: string, args: string[], options?: GitCallOptions): Promise<GitResult>;
/** A GitError for a failed command, with git's own first error line. */
export declare function gitFailure(args: string[], code: number, signal: NodeJS.Signals | null, stderr: string): GitError;
/** Splits NUL-terminated git output into raw byte strings (paths stay raw, thanks to -z). */
export declare function splitNul(buf: Buffer): Buffer[];
