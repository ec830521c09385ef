/**
 * String literals as code writes them: where one starts and ends, which escapes it understands, and
 * which literal it is joined to (`"a" + "b"`, `'a' . 'b'`, `"a" "b"`). A tokenizer of the common
 * denominator of many languages, chosen by file name: it only has to find literals near a trigger
 * (engine/triggers.ts), never to parse a program, and every walk is bounded.
 */
/** How a literal's content is read: which escapes it understands. */
export type Style = 'c' | 'raw' | 'verbatim' | 'quote-only' | 'none';
/** What joins literals, and how single quotes and backticks read, in a family of languages. */
export interface Dialect {
    plus: boolean;
    dot: boolean;
    /** Literals side by side, across spaces and lines, are one (Python, C, Ruby). */
    implicit: boolean;
    /** Literals join only when they touch (shell words). */
    touching: boolean;
    single: Style;
    backtick: Style | undefined;
    hashComment: boolean;
    /** The trigger kinds worth following in it (a mask, see triggers.ts). */
    reads: number;
}
/** The dialect of a file, from its name. */
export declare function dialectOf(path: string): Dialect;
/** A literal: [start, end) in the source, its content [open, close), and how the content reads. */
export interface Literal {
    start: number;
    open: number;
    close: number;
    end: number;
    style: Style;
}
export declare const isQuote: (b: number) => b is 96 | 34 | 39;
/** Length of the prefix before the quote at or after `i` (0 when `i` is the quote), or -1 when `i` starts no literal. */
export declare function literalAt(bytes: Buffer, i: number): number;
/** Bytes the tokenizer has stepped over, for tests that check it stays linear (a count, never a clock). */
export declare const work: {
    bytes: number;
};
/**
 * The literal starting at `i` (a prefix or a quote), or a negative number: -(offset + 1) of where the
 * attempt failed (an unterminated literal), so a caller can tell a short failure from a long one.
 */
export declare function readLiteral(bytes: Buffer, i: number, d: Dialect): Literal | number;
/** After a literal ending at `i`: where the next literal joined to it starts, or -1. */
export declare function nextJoined(bytes: Buffer, i: number, d: Dialect): number;
