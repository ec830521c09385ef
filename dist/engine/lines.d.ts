/** A position in a text: 1-based line, 1-based column counted in UTF-16 code units (SARIF's default). */
export interface Position {
    line: number;
    column: number;
}
/**
 * Maps byte offsets to lines and columns. Queries must come in ascending offset order; each call
 * only scans the bytes since the previous one, so a fragment costs O(size) however many findings it has.
 */
export declare class LineMap {
    private readonly bytes;
    private line;
    private lineStart;
    private cursor;
    private cursorColumn;
    constructor(bytes: Buffer, startLine?: number);
    /** Position of the byte at `offset` (which may equal bytes.length). */
    at(offset: number): Position;
    /** Start offset of the line that holds the last queried position. */
    currentLineStart(): number;
}
/** UTF-16 length of bytes[start, end) decoded as UTF-8 (invalid bytes count one each, like U+FFFD). */
export declare function utf16Length(bytes: Buffer, start: number, end: number): number;
/** Where the context excerpt of a span lies: [from, to) within its line [lineStart, lineEnd). */
export interface Excerpt {
    from: number;
    to: number;
    lineStart: number;
    lineEnd: number;
}
/** The excerpt of the line around [start, end), without its terminator, at most `max` bytes around the span. */
export declare function excerptAround(bytes: Buffer, start: number, end: number, max?: number): Excerpt;
/** The line around [start, end) without its terminator, cut to at most `max` bytes around the span. */
export declare function lineAround(bytes: Buffer, start: number, end: number, max?: number): string;
