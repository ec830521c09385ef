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
/** True when `marker` occurs in `line` other than inside an occurrence of NEXT_LINE_MARKER. */
function hasMarker(line, marker) {
    const len = Buffer.byteLength(marker);
    for (let at = line.indexOf(marker); at >= 0; at = line.indexOf(marker, at + 1)) {
        // "tokenguard:allow-next-line" on this line is about the next line, not this one.
        const next = line.indexOf(exports.NEXT_LINE_MARKER, Math.max(0, at + len - exports.NEXT_LINE_MARKER.length));
        if (next < 0 || next > at || next + exports.NEXT_LINE_MARKER.length < at + len)
            return true;
    }
    return false;
}
/**
 * True when the line holding `offset` (or the line before it) carries a suppression marker. Searched in
 * a view of the line's bytes, not a decoded copy: a minified bundle's line can be megabytes long and hold
 * hundreds of findings.
 */
function suppressedInline(bytes, offset, markers) {
    const [start, end] = lineAt(bytes, offset);
    const line = bytes.subarray(start, end);
    if (markers.some((m) => hasMarker(line, m)))
        return true;
    if (start === 0)
        return false;
    const [prevStart] = lineAt(bytes, start - 1);
    return bytes.subarray(prevStart, start).includes(exports.NEXT_LINE_MARKER);
}
