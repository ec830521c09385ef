import type { RuleDefinition } from './types';
/** Problems with a rule's verify and revoke specs, as "rule: where: reason" lines. */
export declare function specProblems(def: RuleDefinition): string[];
