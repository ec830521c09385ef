"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LineMap = void 0;
exports.utf16Length = utf16Length;
exports.excerptAround = excerptAround;
exports.lineAround = lineAround;
/**
 * Maps byte offsets to lines and columns. Queries must come in ascending offset order; each call
 * only scans the bytes since the previous one, so a fragment costs O(size) however many findings it has.
 */
class LineMap {
    bytes;
    line;
    lineStart = 0;
    cursor = 0;
    cursorColumn = 1;
    constructor(bytes, startLine = 1) {
        this.bytes = bytes;
        this.line = startLine;
    }
    /** Position of the byte at `offset` (which may equal bytes.length). */
    at(offset) {
        if (offset < this.cursor)
            throw new RangeError(`LineMap queried backwards: ${offset} < ${this.cursor}`);
        for (;;) {
            const nl = this.bytes.indexOf(10, this.lineStart);
            if (nl < 0 || nl >= offset)
                break;
            this.line++;
            this.lineStart = nl + 1;
            this.cursor = this.lineStart;
            this.cursorColumn = 1;
        }
        if (this.cursor < this.lineStart) {
            this.cursor = this.lineStart;
            this.cursorColumn = 1;
        }
        // The cursor only stops where a UTF-8 decoder starts afresh: cutting a multi-byte character in two
        // would count its pieces as two replacement characters, and columns would depend on query history.
        const stop = safeStop(this.bytes, this.cursor, offset);
        this.cursorColumn += utf16Length(this.bytes, this.cursor, stop);
        this.cursor = stop;
        return { line: this.line, column: this.cursorColumn + utf16Length(this.bytes, stop, offset) };
    }
    /** Start offset of the line that holds the last queried position. */
    currentLineStart() {
        return this.lineStart;
    }
}
exports.LineMap = LineMap;
/**
 * The last offset in [from, offset] where a decoder is in its initial state: before an ASCII or lead
 * byte (a pending sequence ends there either way), looking back at most four bytes (a UTF-8 sequence's
 * longest); `from` when there is none, which keeps the walk linear.
 */
function safeStop(bytes, from, offset) {
    for (let p = offset; p > from && p >= offset - 4; p--) {
        if (p >= bytes.length || (bytes[p] & 0xc0) !== 0x80)
            return p;
    }
    return from;
}
/** UTF-16 length of bytes[start, end) decoded as UTF-8 (invalid bytes count one each, like U+FFFD). */
function utf16Length(bytes, start, end) {
    let ascii = true;
    for (let i = start; i < end; i++) {
        if (bytes[i] >= 0x80) {
            ascii = false;
            break;
        }
    }
    return ascii ? end - start : bytes.toString('utf8', start, end).length;
}
/** The excerpt of the line around [start, end), without its terminator, at most `max` bytes around the span. */
function excerptAround(bytes, start, end, max = 400) {
    let ls = bytes.lastIndexOf(10, start - 1) + 1;
    if (start === 0)
        ls = 0;
    let le = bytes.indexOf(10, start);
    if (le < 0)
        le = bytes.length;
    if (le > 0 && bytes[le - 1] === 13)
        le--;
    const spanEnd = Math.min(Math.max(end, start), le);
    const room = Math.max(0, max - (spanEnd - start));
    const from = Math.max(ls, start - Math.floor(room / 2));
    const to = Math.min(le, spanEnd + Math.ceil(room / 2));
    return { from, to, lineStart: ls, lineEnd: le };
}
/** The line around [start, end) without its terminator, cut to at most `max` bytes around the span. */
function lineAround(bytes, start, end, max = 400) {
    const e = excerptAround(bytes, start, end, max);
    return bytes.toString('utf8', e.from, e.to);
}
