/**
 * JSON inside a CSV cell, its quotes doubled as CSV escapes them (`"{""password"":[""v""]}"`, a phishing
 * platform's event export): the pairs of the cell read as the JSON they are.
 */
import { type Pair } from './extract';
/** The pairs of `line` read with each doubled quote as one; offsets are `line`'s own. */
export declare function doubledQuotePairs(line: Buffer): Pair[];
