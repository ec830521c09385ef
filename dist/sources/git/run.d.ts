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
/**
 * glibc's tunable that backs malloc's memory with transparent huge pages where the kernel grants them on
 * request (THP mode "madvise", the usual default). A streaming git touches hundreds of megabytes (delta
 * bases, inflated blobs) and hands much of it back as it goes; on a virtual machine each first touch of
 * a 4 KiB page is a fault that leaves to the host, about 13 µs each here. On the rails-shaped history
 * git faulted 122,000 times a scan; with the tunable its cat-file faulted 4,900 times instead of 82,000,
 * and the scan took 8.2 s instead of 9.2 s (three alternating rounds). Other C libraries, and glibc
 * before 2.35, ignore it.
 */
export declare const HUGE_PAGES_TUNABLE = "glibc.malloc.hugetlb=1";
/**
 * The environment for a streaming git (spawnGit, spawnGitTo): gitEnv, with GLIBC_TUNABLES set to
 * HUGE_PAGES_TUNABLE on Linux when the caller sets no tunables. A caller's own are left as they are:
 * Debian 12's glibc 2.36 applied only the first of two tunables given (`arena_max=2:hugetlb=1` left
 * git's faults as they were), so adding ours could silently drop theirs. Short git calls go without:
 * they touch too little memory to gain.
 */
export declare function streamingEnv(base?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): NodeJS.ProcessEnv;
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
