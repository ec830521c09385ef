/**
 * What the redactor needs to mask a finding's context line: where, within the excerpt, every candidate
 * the engine saw on that line lies (reported, filtered, allowlisted or suppressed later, it makes no
 * difference: another finding's line must not show it), and whether the excerpt cuts the line, so
 * that a secret cut in two at an edge (no longer recognisable) is masked too.
 */
import type { Finding } from './finding';
/**
 * Candidate spans (byte offsets within a fragment). Short ones are kept as flat numbers sorted by
 * start, so the spans near an excerpt are found by binary search in a window of LONG bytes before it:
 * a fragment dense with matches (hundreds of thousands) costs O(log n) per finding, not O(n).
 */
export declare class SeenSpans {
    private readonly flat;
    private readonly long;
    private sorted?;
    add(start: number, end: number): void;
    private sort;
    /** Spans overlapping [from, to), clipped to it. */
    within(from: number, to: number): Array<[number, number]>;
}
/** Sets lineMasks (UTF-16 offsets within lineText) and lineCut on each finding of a fragment. */
export declare function markContext(findings: Finding[], bytes: Buffer, fragmentOffset: number, seen: SeenSpans): void;
