/**
 * Comparisons of two versions of a file by their bytes, for changed-regions.ts: memcmp and memmem do
 * the work, so lines the versions share cost a native compare instead of a hash per byte in JavaScript.
 */
/** Length of the common prefix of a[aFrom, aTo) and b[bFrom, bTo). */
export declare function commonRun(a: Buffer, aFrom: number, aTo: number, b: Buffer, bFrom: number, bTo: number): number;
/** Length of the common suffix of `a` and `b`, at most `limit`. */
export declare function commonSuffix(a: Buffer, b: Buffer, limit: number): number;
/** True when child[s, e) (a whole line) is a line of parent[from, to), `from` being a line start. */
export declare function holdsLine(parent: Buffer, from: number, to: number, child: Buffer, s: number, e: number): boolean;
/** Lines shorter than this (`}`, a blank line) recur all over a file: they are matched ahead only with the line after them. */
export declare const SHORT_LINE = 16;
/** The outcome of walking two versions in step (outOfStep). */
export interface StepWalk {
    /** Child lines that do not line up with the parent, as flat [start, end] pairs. */
    loose: number[];
    /** Parent lines the walk stepped over (deleted, or moved away), as flat [start, end] pairs. */
    skipped: number[];
}
/**
 * Lines of child[cFrom, cTo) that do not line up with parent[pFrom, pTo) (both ranges start at line
 * starts): runs the two share are skipped with memcmp, and a line found a little further on in the
 * parent skips the parent's lines before it (they were deleted, or moved). Undefined once there are
 * more than `limit` (short lines count a quarter: looking them up stops early): then hashing every line
 * costs less than looking each one up.
 */
export declare function outOfStep(parent: Buffer, pFrom: number, pTo: number, child: Buffer, cFrom: number, cTo: number, limit: number): StepWalk | undefined;
