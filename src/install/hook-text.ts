/**
 * The text install-hook puts into a pre-commit hook, and how it goes into a hook that already exists.
 *
 * The hook calls the project's own `tokenguard` binary directly: husky 9 already puts node_modules/.bin
 * on PATH, and for a plain git hook the block looks there itself (git runs hooks from the top of the
 * working tree). `npx --no-install` cost about half a second per commit, and when a teammate had not run
 * npm install it failed with an npm 404 instead of saying what to do.
 */

/** First line of the block: also how an installed block is recognised. */
export const HOOK_MARKER = '# tokenguard: block commits that add secrets (tokenguard install-hook)';

/** What a commit without tokenguard installed prints before it is refused. */
export const NOT_INSTALLED = 'tokenguard is not installed in this clone: run npm install (git commit --no-verify skips the check once)';

/** The block: find the binary (project first, then PATH), refuse clearly without it, then scan. */
export const HOOK_BLOCK = [
  HOOK_MARKER,
  `tokenguard_bin=$(PATH="node_modules/.bin:$PATH"; command -v tokenguard) || { echo "${NOT_INSTALLED}" >&2; exit 1; }`,
  '"$tokenguard_bin" scan --staged || exit $?',
].join('\n');

/** Lines earlier versions of install-hook wrote; replaced by the block when install-hook runs again. */
const OLD_LINES = ['npx --no-install tokenguard scan --staged || exit $?', 'npx --no-install tokenguard scan --staged'];

/** True when the hook already runs tokenguard's staged scan (this block, or any line of the user's own). */
export function runsTokenguard(text: string): boolean {
  return text.includes(HOOK_MARKER) || /tokenguard[^\n]*scan[^\n]*--staged/.test(text);
}

/** The hook with an earlier install-hook line replaced by the current block, or undefined when it has none. */
export function upgraded(text: string): string | undefined {
  if (text.includes(HOOK_MARKER)) return undefined;
  const lines = text.split('\n');
  const at = lines.findIndex((l) => OLD_LINES.includes(l.trim()));
  if (at < 0) return undefined;
  lines.splice(at, 1, HOOK_BLOCK);
  return lines.join('\n');
}

/** A shell script we can safely add lines to: a sh-family shebang, or none (husky's style). */
export function isShellScript(text: string): boolean {
  if (text.includes('\0')) return false;
  const first = text.split('\n', 1)[0];
  return !first.startsWith('#!') || /^#!\s*(\/usr\/bin\/env\s+)?(\/bin\/|\/usr\/bin\/)?(sh|bash|dash|zsh|ksh)\b/.test(first);
}

/** Inserts the block after the shebang and leading comments, so it runs before anything that might exit. */
export function withBlock(text: string): string {
  const lines = text.split('\n');
  let at = 0;
  while (at < lines.length && (lines[at].startsWith('#') || lines[at].trim() === '')) at++;
  lines.splice(at, 0, HOOK_BLOCK);
  return lines.join('\n');
}

/** A new hook file: husky's hooks have no shebang (husky runs them with sh -e); git's need one. */
export function newHook(husky: boolean): string {
  return husky ? `${HOOK_BLOCK}\n` : `#!/bin/sh\n${HOOK_BLOCK}\n`;
}

/** A wrapper around a hook that is not a shell script: tokenguard first, then the original. */
export function wrapperHook(): string {
  return `#!/bin/sh\n# The previous hook is kept as pre-commit.orig and still runs.\n${HOOK_BLOCK}\nexec "$(dirname "$0")/pre-commit.orig" "$@"\n`;
}
