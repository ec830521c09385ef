/**
 * One version of a file as a hash per line: what the next version is compared with. A history scan
 * keeps these instead of contents (8 bytes a line against ~40), so it remembers several times more
 * versions in the same memory and no blob outlives its own scan.
 */
/** A version's lines: `keys[i]` hashes line i (its newline included), which starts at `starts[i]`; `starts` ends with the length. */
export interface LineIndex {
    keys: Float64Array;
    starts: Uint32Array;
}
/** Hashes every line of `bytes` (at most 4 GiB: offsets are 32-bit). */
export declare function indexLines(bytes: Buffer): LineIndex;
/** True when sorted `keys` holds `k`. */
export declare function hasKey(keys: Float64Array, k: number): boolean;
