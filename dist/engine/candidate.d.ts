/** What detection passes between its stages: a match before positions are computed, and drop counts. */
import type { CompiledRule } from './compiled-rule';
import type { Severity } from '../rules/types';
/** A regex match that survived the filters, before positions are computed. */
export interface Candidate {
    rule: CompiledRule;
    /** Byte offsets of the secret within the fragment. */
    start: number;
    end: number;
    secret: string;
    /** A severity the match itself sets (a weak password), instead of the rule's. */
    severity?: Severity;
    /** A specific rule's match that its allowlist lets pass (a Firebase config's API key): it still outranks generic matches on its bytes, then goes unreported. */
    allowed?: true;
}
/** Counts of candidates dropped, by the filter that dropped them. */
export type DropCounts = Record<string, number>;
