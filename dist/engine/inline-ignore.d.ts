/**
 * Inline suppressions: a marker (`tokenguard:allow` or one given with --ignore-comment) on the same
 * line skips a finding; `tokenguard:allow-next-line` on the line before skips the next line.
 */
export declare const DEFAULT_MARKER = "tokenguard:allow";
export declare const NEXT_LINE_MARKER = "tokenguard:allow-next-line";
/**
 * True when the line holding `offset` (or the line before it) carries a suppression marker. Searched in
 * a view of the line's bytes, not a decoded copy: a minified bundle's line can be megabytes long and hold
 * hundreds of findings.
 */
export declare function suppressedInline(bytes: Buffer, offset: number, markers: string[]): boolean;
