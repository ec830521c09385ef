/**
 * Literal contents as the language reads them (\n, \", \\, \uXXXX, \u{…}, \xXX, octal, HTML numeric
 * entities), written into a virtual text that remembers, for every byte, the source bytes it came from.
 */
import type { Style } from './literals';
/** Names of the escapes worth reporting as an encoding (plain \n or \" hide nothing). */
export type EscapeKind = 'unicode-escape' | 'hex-escape' | 'octal-escape' | 'html-entity';
/**
 * A virtual text under construction: bytes, the source span [src, srcEnd) of each, which escape
 * produced each (bits of KIND_BITS), and where literals were joined.
 */
export declare class Virtual {
    bytes: Uint8Array;
    src: Int32Array;
    srcEnd: Int32Array;
    marks: Uint8Array;
    length: number;
    /** Virtual offsets where a joined literal starts. */
    readonly joins: number[];
    /** Escapes undone, and how many of them gave a visible ASCII character (one a token could hold). */
    readonly kinds: Set<EscapeKind>;
    visible: number;
    /** Bytes that are not printable ASCII so far, and how many may be before the text is not worth scanning. */
    bad: number;
    maxBad: number;
    /** `size`: the bytes expected (escapes only shrink text; a join's separators may add some). */
    constructor(size?: number);
    /** Writes code point `cp`, produced by an escape of `kind` spanning [from, to). */
    escaped(kind: EscapeKind, cp: number, from: number, to: number): void;
    /** The encodings undone in [from, to): 'concat' when it crosses a join, then each escape kind. */
    encodingOf(from: number, to: number): string[];
    push(b: number, from: number, to: number): void;
    /** Source bytes copied as they are. */
    copy(source: Buffer, from: number, to: number): void;
    /** A code point, UTF-8 encoded; every byte of it maps to the escape [from, to). */
    codePoint(cp: number, from: number, to: number): void;
    private grow;
}
/**
 * Writes the content [open, close) of a literal of `style`, as the language reads it, to `out`.
 * Style 'bare' (text outside any literal, like a .properties value) undoes only code-point escapes.
 * Stops early once `out` holds more than `out.maxBad` bytes that are not printable ASCII.
 */
export declare function unescapeInto(out: Virtual, bytes: Buffer, open: number, close: number, style: Style | 'bare', quote?: number): void;
/**
 * Is there, in [from, to), a code-point escape or numeric entity that gives a visible ASCII character
 * (one a token could hold)? A cheap look before anything is built: `\u001b[31m` or a regex of
 * surrogates (`\uD83C`) hide nothing.
 */
export declare function visibleEscapeIn(bytes: Buffer, from: number, to: number): boolean;
/** Most bytes that are not printable ASCII in a text of `n` bytes worth scanning (secrets are ASCII). */
export declare const badAllowed: (n: number) => number;
/** The virtual text is almost all printable ASCII: its share of other bytes stays under 5%. */
export declare function printable(v: Virtual): boolean;
/**
 * An escaped line break or tab whose letter is at `j` (`\n`, `\r`, `\t` inside a string, the backslash not
 * itself escaped): text after it starts a line of the string, though the byte before is the escape's letter.
 */
export declare function escapedBreakAt(bytes: Uint8Array, j: number): boolean;
