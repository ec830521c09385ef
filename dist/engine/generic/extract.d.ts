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
}
/** Every key/value pair on `line` whose key holds a credential word; `hits` are the keyword offsets in it. */
export declare function pairsOn(line: Buffer, hits?: number[]): Pair[];
/**
 * A pair whose name and value are on two lines, the name first: `- name: DB_PASSWORD` then
 * `value: v` (Kubernetes, Compose and ECS environment lists, CloudFormation's `Name`/`Value`),
 * `"key": "password",` then `"value": "v"` (Postman and Insomnia variables), or `"adminPassword": {`
 * then `"value": "v"` (ARM template parameter files, Terraform state outputs). `bytes[ls..le)` is the
 * name's line; the value's offsets are within `bytes`.
 */
export declare function pairBelow(bytes: Buffer, ls: number, le: number): Pair | undefined;
