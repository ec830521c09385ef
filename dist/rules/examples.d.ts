import type { RuleDefinition } from './types';
/** A concrete example line and the secret it must (or must not) yield. */
export interface ExpandedExample {
    text: string;
    secret?: string;
}
/** Expands a rule's examples into concrete text with freshly generated fake secrets. */
export declare function expandExamples(def: RuleDefinition, seed?: string): {
    positive: ExpandedExample[];
    negative: ExpandedExample[];
};
