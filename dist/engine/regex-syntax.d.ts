/**
 * A small parser for the RE2 subset rule authors use. It exists to count capture groups, to name
 * lookaround and backreferences precisely (RE2's own message is terse), and to give the fake-token
 * generator a tree to walk. RE2 stays the judge of what compiles.
 */
/** A node of a parsed pattern. */
export type RegexNode = {
    t: 'lit';
    ch: string;
} | {
    t: 'class';
    ranges: Array<[number, number]>;
    neg: boolean;
} | {
    t: 'any';
} | {
    t: 'assert';
} | {
    t: 'seq';
    items: RegexNode[];
} | {
    t: 'alt';
    options: RegexNode[];
} | {
    t: 'group';
    capture: boolean;
    body: RegexNode;
} | {
    t: 'repeat';
    min: number;
    max: number;
    body: RegexNode;
};
/** A pattern the parser refuses, with a reason a rule author can act on. */
export declare class RegexSyntaxError extends Error {
}
/** Parses `source` (RE2 syntax) into a tree. */
export declare function parseRegex(source: string): RegexNode;
/** Number of capturing groups in a parsed pattern. */
export declare function countCaptureGroups(node: RegexNode): number;
/**
 * Longest string (in characters) the pattern can match. An unbounded repetition counts as
 * `unboundedAs` more than its minimum (Infinity by default: a true bound).
 */
export declare function maxMatchLength(node: RegexNode, unboundedAs?: number): number;
/** True when the pattern can match a newline (`dotAll`: the pattern sets (?s), so `.` can). */
export declare function canMatchNewline(node: RegexNode, dotAll?: boolean): boolean;
/** The body of the first capturing group, or undefined. */
export declare function firstCaptureGroup(node: RegexNode): RegexNode | undefined;
/** The printable-ASCII complement of a set of ranges. */
export declare function complement(ranges: Array<[number, number]>): Array<[number, number]>;
