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
    /** The pair sits inside a string literal (a connection string's `Password=v;` in code): its bare value is text, not a variable. */
    inString: boolean;
    /** The key is quoted (`"Key": v`), as in JSON. */
    quotedKey: boolean;
    /** The key is a name given as a value (`{"name": "API_TOKEN", "value": v}`), not a key of the syntax. */
    named?: boolean;
    /** The key and value are two cells of a CSV row (`"signing_secret","v"`): only a CSV file is read so (index.ts). */
    cell?: boolean;
}
export declare function shape(line: Buffer, key: string, keyStart: number, start: number, end: number): Pair | undefined;
/** Every key/value pair on `line` whose key holds a credential word; `hits` are the keyword offsets in it. */
export declare function pairsOn(line: Buffer, hits?: number[]): Pair[];
