/** One key/value pair: byte offsets within the line. */
export interface Pair {
    key: string;
    value: string;
    /** Byte offsets of the value within the line. */
    start: number;
    end: number;
    quoted: boolean;
    /** Unquoted, after a spaced `=` or `:`, and followed by more words: an expression or a command, not a literal. */
    expression: boolean;
}
/** Every key/value pair on `line` whose key holds a credential word; `hits` are the keyword offsets in it. */
export declare function pairsOn(line: Buffer, hits?: number[]): Pair[];
