import type { RuleDefinition } from './types';
/** Why a single pattern is unusable, or undefined when RE2 accepts it with the wanted number of groups. */
export declare function patternProblem(pattern: string, wantGroups: number | undefined): string | undefined;
/** Every structural problem with a rule's patterns, as "field: reason" strings. */
export declare function rulePatternProblems(def: RuleDefinition): string[];
