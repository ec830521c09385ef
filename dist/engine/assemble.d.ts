/**
 * Assembly: the strings code builds out of pieces. Around each trigger (engine/triggers.ts) the
 * literals are read and joined (`"ghp_" + "…"`, Python's implicit concatenation, a PEM key split over
 * many lines, `[…].join('/')`, Rust's concat!) and their escapes undone (\u0067, \x67, \147, &#x67;).
 * Each result is a rewrite: a source span and the virtual text that stands for it. Every byte is read
 * a bounded number of times: triggers inside what was already read are skipped.
 */
import { type Dialect } from './literals';
import { Virtual } from './unescape';
/** A source span [start, end) and the virtual text that stands for it. */
export interface Rewrite {
    start: number;
    end: number;
    text: Virtual;
}
/** Every rewrite the triggers of a fragment (packed, see triggersOf) lead to, in source order. */
export declare function findRewrites(bytes: Buffer, d: Dialect, triggers: Float64Array): Rewrite[];
