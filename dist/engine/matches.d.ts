import type { Candidate, DropCounts } from './candidate';
import type { CompiledRule } from './compiled-rule';
import type { SeenSpans } from './context';
import type { Fragment } from './fragment';
import type { RuleSet } from './ruleset';
/** Runs the rule's regex over bytes [from, to) of the fragment and adds the surviving candidates to `out`. */
export declare function collectMatches(fragment: Fragment, rule: CompiledRule, ruleSet: RuleSet, out: Candidate[], from: number, to: number, dropped?: DropCounts, seen?: SeenSpans): void;
/** RE2's \b at byte `i`: a word character on exactly one side. */
export declare function isWordBoundary(bytes: Buffer, i: number): boolean;
