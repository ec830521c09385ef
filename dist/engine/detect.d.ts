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
