import type { RuleDefinition } from './types';
/** The outcome of linting a set of rules. */
export interface CheckReport {
    rules: number;
    examples: number;
    problems: string[];
}
/** Lints one rule's examples against the real engine; returns problem lines. */
export declare function checkExamples(def: RuleDefinition, seed?: string): {
    problems: string[];
    count: number;
};
/** A path that satisfies the rule's own path pattern, if it has one. */
export declare function examplePath(def: RuleDefinition): string;
/**
 * What built-in rules need beyond the shared schema: references for reviewers, and negative examples
 * that keep precision honest. Custom rules in a config may leave both out.
 */
export declare function builtinProblems(def: RuleDefinition): string[];
/** Lints a whole rule list: ids, patterns, examples. */
export declare function checkRules(rules: RuleDefinition[], seed?: string): CheckReport;
