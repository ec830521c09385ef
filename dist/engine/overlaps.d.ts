/** Settles candidates on contested bytes by rule priority (engine/rule-facts.ts). */
import type { Candidate } from './candidate';
/** A rule's precedence on contested bytes (engine/rule-facts.ts). */
export declare function priorityOf(c: Candidate): number;
/**
 * On overlapping bytes the rule with the higher priority wins (a provider's format over a general
 * format like JWT, any specific rule over a generic one); rules of equal priority are all reported,
 * except generic ones on the very same bytes, which are reported once.
 */
export declare function resolveOverlaps(candidates: Candidate[]): Candidate[];
