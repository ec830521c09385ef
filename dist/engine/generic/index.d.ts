/**
 * Generic detection that reads the syntax: on every line where a credential word occurs, the key/value
 * pairs are extracted (extract.ts) and each is judged by its key, its value and its file (score.ts).
 * The rules that run this way (`extractor: assignment` in the rule files) say which key class they
 * report: `password` or `secret`. Lines are read once however many keywords they hold.
 */
import type { CompiledRule } from '../compiled-rule';
import type { Severity } from '../../rules/types';
import type { SeenSpans } from '../context';
import type { Fragment } from '../fragment';
/** A reported pair, as a candidate for the engine (byte offsets within the fragment). */
export interface GenericHit {
    rule: CompiledRule;
    start: number;
    end: number;
    secret: string;
    severity?: Severity;
}
/** One decision, for --explain. */
export interface Explanation {
    path: string;
    /** Byte offset of the value within its file, and its line. */
    offset: number;
    line: number;
    ruleId?: string;
    key: string;
    reported: boolean;
    score: number;
    reasons: string[];
}
/**
 * Runs the extractor rules over the lines holding `positions` (keyword offsets, ascending or not).
 * `explain` collects every decision; `seen` every value judged, for masking context lines.
 */
export declare function detectGeneric(fragment: Fragment, rules: CompiledRule[], positions: number[], seen?: SeenSpans, explain?: Explanation[]): GenericHit[];
