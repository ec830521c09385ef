import type { RuleDefinition } from './types';
/**
 * Why a single pattern is unusable, or undefined when RE2 accepts it with the wanted number of groups.
 * RE2 compiles it as the engine will run it (`runs`), so a check and the scan after it share one compile
 * (patterns.ts): compiling each pattern twice, with two flag sets, was a third of `rules check`.
 */
export declare function patternProblem(pattern: string, wantGroups: number | undefined, runs?: [pattern: string, flags: string]): string | undefined;
/** Every structural problem with a rule's patterns, as "field: reason" strings. */
export declare function rulePatternProblems(def: RuleDefinition): string[];
