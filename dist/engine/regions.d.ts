/**
 * Where a rule runs in a fragment: the keyword hits whose following bytes fit its secret, and the
 * windows around them.
 */
import type { CompiledRule } from './compiled-rule';
import type { Sifted } from './prefilter';
import type { RuleSet } from './ruleset';
/**
 * The keyword positions of a rule whose following bytes fit the start of its secret (engine/confirm.ts),
 * ascending; undefined when none of its keywords can be checked that way (every hit counts).
 */
export declare function confirmedHits(rule: CompiledRule, bytes: Buffer, sifted: Sifted, ruleSet: RuleSet): number[] | undefined;
/**
 * The last newline in bytes[from, to), or -1. Searched within the window only: on a 20 MB line without
 * one, an unbounded search from each keyword ran to the line's ends, quadratic in the line's length.
 */
export declare function lastNewline(bytes: Buffer, from: number, to: number): number;
/** The bounds [start, end) of the line holding byte `at` (its newline excluded). */
export declare function lineBounds(bytes: Buffer, at: number): [number, number];
/** The first newline in bytes[from, to), or -1 (see lastNewline). */
export declare function nextNewline(bytes: Buffer, from: number, to: number): number;
/**
 * The byte ranges a rule runs on: windows around its keywords when it allows them, else everything.
 * A rule whose matches never cross a line break gets the keyword's own line (cut to the rule's longest
 * match on each side of the keyword in very long lines); others get the span around the keyword,
 * grown to line boundaries. Windows that touch are merged, so a keyword on every line of a file still
 * costs one pass over the lines it occurs on, never one pass over the whole file per occurrence.
 */
export declare function regionsFor(rule: CompiledRule, bytes: Buffer, sifted: Sifted, ruleSet: RuleSet, confirmed?: number[]): Array<[number, number]>;
