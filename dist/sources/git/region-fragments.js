"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ownCopy = ownCopy;
exports.regionFragments = regionFragments;
exports.settleLines = settleLines;
/** A copy of `b` in memory of its own (small ones from Node's shared pool, like any small Buffer). */
function ownCopy(b) {
    // Not Buffer.from(b): it copies through the typed-array constructor, several times slower than memcpy.
    const copy = b.length < 4096 ? Buffer.allocUnsafe(b.length) : Buffer.allocUnsafeSlow(b.length);
    b.copy(copy);
    return copy;
}
/**
 * The changed lines of a new version as fragments that keep the file's line numbers and offsets, their
 * bytes copied (the version's own memory is used again once the next version is read). A region's
 * first line number is counted only when asked for (the engine asks when it has a finding): counting
 * the newlines before every region read each version's bytes once more, a twentieth of a scan. The
 * count reads the version, so it must be asked before the version's memory is used again: the caller
 * settles (settleLines) the fragments the engine has not scanned by then.
 */
function regionFragments(content, regions, path, origin) {
    const lines = new LineCounter(content);
    return regions.map(([start, end]) => ({
        bytes: ownCopy(content.subarray(start, end)),
        path,
        get startLine() {
            return lines.lineAt(start);
        },
        offset: start,
        overlap: 0,
        origin,
    }));
}
/** Counts the first line of each fragment now, while the version they come from is still in memory. */
function settleLines(fragments) {
    for (const f of fragments)
        Object.defineProperty(f, 'startLine', { value: f.startLine, enumerable: true, writable: true, configurable: true });
}
/** Line numbers of offsets in one buffer, counted on from the last one asked for when that one is earlier. */
class LineCounter {
    content;
    at = 0;
    line = 1;
    constructor(content) {
        this.content = content;
    }
    lineAt(offset) {
        if (offset < this.at) {
            this.at = 0;
            this.line = 1;
        }
        for (let i = this.content.indexOf(10, this.at); i >= 0 && i < offset; i = this.content.indexOf(10, i + 1))
            this.line++;
        this.at = offset;
        return this.line;
    }
}
