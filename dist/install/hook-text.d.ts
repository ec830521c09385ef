/**
 * The text install-hook puts into a pre-commit hook, and how it goes into a hook that already exists.
 *
 * The hook calls the project's own `tokenguard` binary directly: husky 9 already puts node_modules/.bin
 * on PATH, and for a plain git hook the block looks there itself (git runs hooks from the top of the
 * working tree). `npx --no-install` cost about half a second per commit, and when a teammate had not run
 * npm install it failed with an npm 404 instead of saying what to do.
 */
/** First line of the block: also how an installed block is recognised. */
export declare const HOOK_MARKER = "# tokenguard: block commits that add secrets (tokenguard install-hook)";
/** What a commit without tokenguard installed prints before it is refused. */
export declare const NOT_INSTALLED = "tokenguard is not installed in this clone: run npm install (git commit --no-verify skips the check once)";
/** The block: find the binary (project first, then PATH), refuse clearly without it, then scan. */
export declare const HOOK_BLOCK: string;
/** True when the hook already runs tokenguard's staged scan (this block, or any line of the user's own). */
export declare function runsTokenguard(text: string): boolean;
/** The hook with an earlier install-hook line replaced by the current block, or undefined when it has none. */
export declare function upgraded(text: string): string | undefined;
/** A shell script we can safely add lines to: a sh-family shebang, or none (husky's style). */
export declare function isShellScript(text: string): boolean;
/** Inserts the block after the shebang and leading comments, so it runs before anything that might exit. */
export declare function withBlock(text: string): string;
/** A new hook file: husky's hooks have no shebang (husky runs them with sh -e); git's need one. */
export declare function newHook(husky: boolean): string;
/** A wrapper around a hook that is not a shell script: tokenguard first, then the original. */
export declare function wrapperHook(): string;
