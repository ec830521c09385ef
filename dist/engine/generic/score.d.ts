/**
 * One decision per generic candidate, from three judgements: how strongly the key names a credential
 * (keys.ts), what the value looks like (values.ts) and what kind of file it sits in (context.ts). A
 * strong key in a credentials file outweighs a weak value (a weak password in .env is a finding, at a
 * lower severity); a digest under a digest-named key, a reference, a placeholder or prose never is.
 * Every decision carries its reasons, for --explain.
 */
import type { Severity } from '../../rules/types';
import type { FileContext } from './context';
import { type KeyClass } from './keys';
/** Score at or above which a candidate is reported. */
export declare const THRESHOLD = 3;
/** The decision on one key/value pair. */
export interface GenericDecision {
    kind: KeyClass;
    report: boolean;
    score: number;
    /** Severity for a reported weak value (a human password), else undefined: the rule's own. */
    severity?: Severity;
    reasons: string[];
}
/**
 * Judges a pair: `quoted` when the value was a string literal, `longLine` when its line looks minified,
 * `inString` when the pair sits inside a string literal (a bare word there is text, not a variable).
 */
export declare function decide(key: string, value: string, quoted: boolean, ctx: FileContext, longLine: boolean, expression?: boolean, inString?: boolean): GenericDecision;
