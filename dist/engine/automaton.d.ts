/**
 * One pass over a fragment's bytes that finds every occurrence of every rule keyword (ASCII case
 * folded) and every run of base64-alphabet bytes long enough to be worth decoding.
 *
 * It is an Aho-Corasick automaton over byte classes, in plain JavaScript: a fixed number of table
 * lookups per byte, so linear time whatever the input, with no native call per match. RE2 does the
 * matching everywhere else; for this job (hundreds of literals, positions of all of them, keywords
 * that occur on every line of real code) it was the bottleneck: RE2.Set's all-matches DFA thrashed,
 * and an alternation needs one native call per occurrence.
 */
/** Shortest base64 run worth decoding (18 decoded bytes). */
export declare const MIN_BASE64_RUN = 24;
/** What one pass found. */
export interface AutomatonHits {
    /** For each keyword id that occurs: the byte offsets where it starts, ascending. */
    keywords: Map<number, number[]>;
    /** [start, end) runs of base64/base64url characters of MIN_BASE64_RUN or more, '=' padding included. */
    base64Runs: Array<[number, number]>;
    /** Offsets of '%' followed by two hex digits (URL escapes). */
    escapes: number[];
}
/** A built automaton as plain data, so the build can store it and a scan can load it instead of rebuilding. */
export interface AutomatonSnapshot {
    keywords: string[];
    classOf: Uint8Array;
    classes: number;
    delta: Int32Array;
    outputs: Array<number[] | null>;
}
export declare class KeywordAutomaton {
    /** Byte → class; letters are folded to lower case. Class 0: a byte no keyword contains. */
    private readonly classOf;
    private readonly classes;
    /** Transition table. Entries are the next state's row offset (state × classes); negative = that state ends keywords. */
    private readonly delta;
    /** Keyword ids ending in each state (by row offset / classes). */
    private readonly outputs;
    private readonly lengths;
    readonly keywords: readonly string[];
    /** `keywords[id]` is a literal; matching ignores ASCII case. A snapshot of the same keywords skips the build. */
    constructor(keywords: readonly string[], snapshot?: AutomatonSnapshot);
    /** The automaton as data (see AutomatonSnapshot). */
    snapshot(): AutomatonSnapshot;
    /** Scans `bytes` once. */
    scan(bytes: Buffer): AutomatonHits;
    private group;
}
