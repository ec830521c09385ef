"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.onMinifiedLine = onMinifiedLine;
exports.forgetMinifiedLine = forgetMinifiedLine;
/** Minified lines: long runs of code with almost no spaces, where generic rules do not look. */
/** Lines longer than this, with almost no spaces, are minified code. */
const MINIFIED_LINE = 1000;
/**
 * True when the line holding `at` is minified: long, with almost no spaces. Decided per line, not per
 * file, so one long line (a CA bundle in a values file, a JSON blob in a CI log) hides nothing around it.
 */
function onMinifiedLine(bytes, at) {
    // The last line judged is remembered: a long line holds many candidates, and judging it again for
    // each would make one long line cost quadratic time.
    const last = lastLine;
    if (last.bytes === bytes && at >= last.start && at <= last.end)
        return last.minified;
    const start = bytes.lastIndexOf(10, at) + 1;
    let end = bytes.indexOf(10, at);
    if (end < 0)
        end = bytes.length;
    let minified = false;
    if (end - start >= MINIFIED_LINE) {
        let spaces = 0;
        for (let i = start; i < end; i++)
            if (bytes[i] === 32)
                spaces++;
        minified = spaces / (end - start) < 0.05;
    }
    lastLine = { bytes, start, end, minified };
    return minified;
}
let lastLine = { start: 0, end: -1, minified: false };
/** Forgets the remembered line: a buffer may be reused for other bytes by the next fragment. */
function forgetMinifiedLine() {
    lastLine = { start: 0, end: -1, minified: false };
}
