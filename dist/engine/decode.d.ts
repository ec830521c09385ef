import type { Finding } from './finding';
import type { Fragment } from './fragment';
import type { SeenSpans } from './context';
/** Limits for decoding. */
export interface DecodeLimits {
    /** Levels of decoding inside decoding (0 turns decoding off). */
    depth: number;
    /** Longest encoded span decoded, in bytes. */
    maxSpan: number;
    /** Most decoded bytes produced per fragment and level. */
    maxTotal: number;
}
export declare const DEFAULT_DECODE: DecodeLimits;
/** An encoded span and what it decodes to. */
export interface EncodedSpan {
    start: number;
    end: number;
    encoding: 'base64' | 'url' | 'hex';
    decoded: Buffer;
}
/** Decodes one candidate span, or returns undefined when it is not an encoding worth rescanning. */
export declare function decodeSpan(text: string): {
    encoding: EncodedSpan['encoding'];
    decoded: Buffer;
} | undefined;
/** Where to look for encodings: base64 runs and URL escapes, as the keyword automaton marks them. */
export interface SpanHints {
    base64Runs: Array<[number, number]>;
    escapes: number[];
}
/**
 * Base64 wrapped over several lines (`base64` output, a YAML block scalar): runs of one width that
 * follow each other line by line become one span, with the shorter last line that closes them.
 */
export declare function joinWrapped(bytes: Buffer, runs: Array<[number, number]>): Array<[number, number]>;
/** Every decodable span in `bytes`, within the limits. `dropped` counts spans skipped for size. */
export declare function encodedSpans(bytes: Buffer, limits: DecodeLimits, dropped?: Record<string, number>, hints?: SpanHints): EncodedSpan[];
/**
 * Finds secrets inside the encoded spans of a fragment (not in its plain text: `detect` does that),
 * recursing to `limits.depth`. `scan` is the plain detector, passed in to keep this module free of cycles.
 */
export declare function detectDecoded(fragment: Fragment, limits: DecodeLimits, scan: (f: Fragment) => Finding[], dropped?: Record<string, number>, level?: number, hints?: SpanHints, seen?: SeenSpans, within?: [number, number]): Finding[];
