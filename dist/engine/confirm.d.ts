/** Checks the bytes after a keyword at `at` (keyword length `len`). */
export type Confirm = (bytes: Buffer, at: number, len: number) => boolean;
/**
 * The check for hits of `keyword` for a rule with `regex`, or undefined when the regex does not start
 * its secret with that keyword (context rules, generic rules): every hit then goes to RE2.
 */
export declare function confirmFor(regex: string, keyword: string): Confirm | undefined;
