"use strict";
/**
 * Inline suppressions: a marker (`tokenguard:allow` or one given with --ignore-comment) on the same
 * line skips a finding; `tokenguard:allow-next-line` on the line before skips the next line.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.NEXT_LINE_MARKER = exports.DEFAULT_MARKER = void 0;
exports.suppressedInline = suppressedInline;
exports.DEFAULT_MARKER = 'tokenguard:allow';
exports.NEXT_LINE_MARKER = 'tokenguard:allow-next-line';
function lineAt(bytes, offset) {
    const start = offset === 0 ? 0 : bytes.lastIndexOf(10, offset - 1) + 1;
    const nl = bytes.indexOf(10, offset);
    return [start, nl < 0 ? bytes.length : nl];
}
/** True when the line holding `offset` (or the line before it) carries a suppression marker. */
function suppressedInline(bytes, offset, markers) {
    const [start, end] = lineAt(bytes, offset);
    const line = bytes.toString('utf8', start, end);
    // "tokenguard:allow-next-line" on this line is about the next line, not this one.
    const sameLine = line.split(exports.NEXT_LINE_MARKER).join('');
    if (markers.some((m) => sameLine.includes(m)))
        return true;
    if (start === 0)
        return false;
    const [prevStart] = lineAt(bytes, start - 1);
    return bytes.toString('utf8', prevStart, start).includes(exports.NEXT_LINE_MARKER);
}
