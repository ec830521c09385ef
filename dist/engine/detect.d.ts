/**
 * The engine: bytes in, findings out, no I/O. Prefilter → RE2 → secret group → filters → findings
 * with line and column computed from byte offsets. The stages live beside it: where a rule runs
 * (regions.ts), its matches (matches.ts), overlaps (overlaps.ts) and the values its specs need (needs.ts).
 */
import type { DropCounts } from './candidate';
import type { SeenSpans } from './context';
import type { Finding } from './finding';
import type { Fragment } from './fragment';
import { type Explanation } from './generic';
import type { Sifted } from './prefilter';
import type { RuleSet } from './ruleset';
export type { Candidate, DropCounts } from './candidate';
export { resolveOverlaps } from './overlaps';
/**
 * Runs every candidate rule over the fragment and returns its findings. `seen` collects the span of
 * every match, kept or not, for masking context lines (engine/context.ts).
 */
export declare function detect(fragment: Fragment, ruleSet: RuleSet, dropped?: DropCounts, sifted?: Sifted, seen?: SeenSpans, explain?: Explanation[]): Finding[];
