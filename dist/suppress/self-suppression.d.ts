/**
 * With --untrusted-head, suppressions count only when the base revision has them. Inline markers the
 * engine marked are settled against the file as it is in the base; and a finding that the head would
 * suppress for itself (its own marker, ignore entry, allowlist or disabled rule) is reported with a
 * note saying so, so a reviewer sees the attempt.
 */
import type { Finding } from '../engine/finding';
/** Notes a finding can carry. */
export declare const SELF_SUPPRESSION_NOTES: {
    readonly inline: "an inline marker added in the head of the range suppresses this finding; not honoured: with --untrusted-head suppressions are read from the base revision";
    readonly ignoreFile: "the head of the range adds an ignore-file entry for this finding; not honoured: with --untrusted-head suppressions are read from the base revision";
    readonly allowlist: "the head of the range allowlists this finding in its config; not honoured: with --untrusted-head suppressions are read from the base revision";
    readonly disabled: "the head of the range disables this rule in its config; not honoured: with --untrusted-head suppressions are read from the base revision";
};
/** What the head of the range would suppress, read from its own (untrusted) files. */
export interface HeadSuppressions {
    fingerprints: Set<string>;
    allowsPath(path: string): boolean;
    allowsSecret(secret: string): boolean;
    disabledRules: Set<string>;
}
/**
 * Settles the findings the engine marked as covered by an inline marker: dropped when the base
 * revision's copy of the file marks the same secret, else kept with a note. Returns the findings kept
 * and how many the base's markers suppressed.
 */
export declare function settleInlineMarkers(findings: Finding[], baseFile: (path: string) => Promise<Buffer | undefined>, markers: string[]): Promise<{
    kept: Finding[];
    suppressed: number;
}>;
/** Adds a note to each kept finding that the head of the range would have suppressed by its own files. */
export declare function noteHeadSuppressions(findings: Finding[], head: HeadSuppressions): void;
