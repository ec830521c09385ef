/** One line of the ignore file. */
export interface IgnoreEntry {
    fingerprint: string;
    /** Last day the entry applies (inclusive), YYYY-MM-DD. */
    expires?: string;
    reason?: string;
    line: number;
}
export declare const IGNORE_FILE = ".tokenguardignore";
/** Parses the ignore file text; a malformed line is a ConfigError naming the file and line. */
export declare function parseIgnoreFile(text: string, file: string): IgnoreEntry[];
/** What a finding offers the ignore file: its fingerprint and, for pre-v2 entries, what the old one was made of. */
type Ignorable = {
    fingerprint: string;
    ruleId: string;
    path: string;
    secret: string;
    identityText?: string;
};
/** Today as YYYY-MM-DD (UTC), the clock expiry is judged by. */
export declare function today(now?: Date): string;
/** What applying the ignore file did. */
export interface IgnoreOutcome<T> {
    kept: T[];
    suppressed: number;
    warnings: string[];
}
/** Drops findings whose fingerprint has a live entry; warns about expired (and, if asked, stale) entries. */
export declare function applyIgnoreFile<T extends Ignorable>(findings: T[], entries: IgnoreEntry[], shown: string, reportStale: boolean, now?: string): IgnoreOutcome<T>;
export {};
