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
 * The byte ranges a rule runs on: windows around its keywords when it allows them, else everything.
 * A rule whose matches never cross a line break gets the keyword's own line (cut to the rule's longest
 * match on each side of the keyword in very long lines); others get the span around the keyword,
 * grown to line boundaries. Windows that touch are merged, so a keyword on every line of a file still
 * costs one pass over the lines it occurs on, never one pass over the whole file per occurrence.
 */
export declare function regionsFor(rule: CompiledRule, bytes: Buffer, sifted: Sifted, ruleSet: RuleSet, confirmed?: number[]): Array<[number, number]>;
