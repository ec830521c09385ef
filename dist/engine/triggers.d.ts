/**
 * Byte sequences that say "string literals are joined here" or "an escape is written here". The
 * keyword automaton looks for the common ones (a `+` next to a quote, escapes) in the same pass as the
 * rule keywords: they cost nothing per byte, only per occurrence. Those only a few languages use
 * (PHP's `.`, literals side by side, Rust's concat!) are searched natively, in those languages' files
 * only, so other files do not pay for their occurrences (`'.'` and `""` are everywhere). Assembly
 * (engine/assemble.ts) looks only at the lines that hold a trigger.
 */
/**
 * What a trigger announces: literals joined by `+` or by `.` (PHP, Perl), literals side by side,
 * an escape, a `[…].join(…)`, a `concat!(…)`. A file's dialect (engine/literals.ts) says which it reads.
 */
export type TriggerKind = 'plus' | 'dot' | 'adjacent' | 'escape' | 'join' | 'macro';
/** The trigger keywords of the automaton, with their kinds. */
export declare const TRIGGERS: ReadonlyArray<readonly [string, TriggerKind]>;
/** Trigger kinds as small numbers (bit positions in a dialect's `reads` mask). */
export declare const KIND: {
    readonly plus: 0;
    readonly dot: 1;
    readonly adjacent: 2;
    readonly escape: 3;
    readonly join: 4;
    readonly macro: 5;
};
/** A mask of trigger kinds. */
export declare const kindMask: (kinds: TriggerKind[]) => number;
/**
 * The triggers of a fragment whose kinds are in the mask `reads`: the automaton's among its keyword hits
 * (`kinds` maps keyword id to trigger kind), and the native ones. Ascending, each packed as
 * at × 8 + kind: a numeric typed-array sort, and no object for the many triggers assembly skips.
 */
export declare function triggersOf(bytes: Buffer, hits: Map<number, number[]>, kinds: ReadonlyMap<number, TriggerKind>, reads: number): Float64Array;
