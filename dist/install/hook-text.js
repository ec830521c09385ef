"use strict";
/**
 * The text install-hook puts into a pre-commit hook, and how it goes into a hook that already exists.
 *
 * The hook calls the project's own `tokenguard` binary directly: husky 9 already puts node_modules/.bin
 * on PATH, and for a plain git hook the block looks there itself (git runs hooks from the top of the
 * working tree). `npx --no-install` cost about half a second per commit, and when a teammate had not run
 * npm install it failed with an npm 404 instead of saying what to do.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.HOOK_BLOCK = exports.NOT_INSTALLED = exports.HOOK_MARKER = void 0;
exports.runsTokenguard = runsTokenguard;
exports.upgraded = upgraded;
exports.isShellScript = isShellScript;
exports.withBlock = withBlock;
exports.newHook = newHook;
exports.wrapperHook = wrapperHook;
/** First line of the block: also how an installed block is recognised. */
exports.HOOK_MARKER = '# tokenguard: block commits that add secrets (tokenguard install-hook)';
/** What a commit without tokenguard installed prints before it is refused. */
exports.NOT_INSTALLED = 'tokenguard is not installed in this clone: run npm install (git commit --no-verify skips the check once)';
/** The block: find the binary (project first, then PATH), refuse clearly without it, then scan. */
exports.HOOK_BLOCK = [
    exports.HOOK_MARKER,
    `tokenguard_bin=$(PATH="node_modules/.bin:$PATH"; command -v tokenguard) || { echo "${exports.NOT_INSTALLED}" >&2; exit 1; }`,
    '"$tokenguard_bin" scan --staged || exit $?',
].join('\n');
/** Lines earlier versions of install-hook wrote; replaced by the block when install-hook runs again. */
const OLD_LINES = ['npx --no-install tokenguard scan --staged || exit $?', 'npx --no-install tokenguard scan --staged'];
/** True when the hook already runs tokenguard's staged scan (this block, or any line of the user's own). */
function runsTokenguard(text) {
    return text.includes(exports.HOOK_MARKER) || /tokenguard[^\n]*scan[^\n]*--staged/.test(text);
}
/** The hook with an earlier install-hook line replaced by the current block, or undefined when it has none. */
function upgraded(text) {
    if (text.includes(exports.HOOK_MARKER))
        return undefined;
    const lines = text.split('\n');
    const at = lines.findIndex((l) => OLD_LINES.includes(l.trim()));
    if (at < 0)
        return undefined;
    lines.splice(at, 1, exports.HOOK_BLOCK);
    return lines.join('\n');
}
/** A shell script we can safely add lines to: a sh-family shebang, or none (husky's style). */
function isShellScript(text) {
    if (text.includes('\0'))
        return false;
    const first = text.split('\n', 1)[0];
    return !first.startsWith('#!') || /^#!\s*(\/usr\/bin\/env\s+)?(\/bin\/|\/usr\/bin\/)?(sh|bash|dash|zsh|ksh)\b/.test(first);
}
/** Inserts the block after the shebang and leading comments, so it runs before anything that might exit. */
function withBlock(text) {
    const lines = text.split('\n');
    let at = 0;
    while (at < lines.length && (lines[at].startsWith('#') || lines[at].trim() === ''))
        at++;
    lines.splice(at, 0, exports.HOOK_BLOCK);
    return lines.join('\n');
}
/** A new hook file: husky's hooks have no shebang (husky runs them with sh -e); git's need one. */
function newHook(husky) {
    return husky ? `${exports.HOOK_BLOCK}\n` : `#!/bin/sh\n${exports.HOOK_BLOCK}\n`;
}
/** A wrapper around a hook that is not a shell script: tokenguard first, then the original. */
function wrapperHook() {
    return `#!/bin/sh\n# The previous hook is kept as pre-commit.orig and still runs.\n${exports.HOOK_BLOCK}\nexec "$(dirname "$0")/pre-commit.orig" "$@"\n`;
}
