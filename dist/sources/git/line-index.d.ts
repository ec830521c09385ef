/** A version's lines: `keys[i]` hashes line i (its newline included), which starts at `starts[i]`; `starts` ends with the length. */
export interface LineIndex {
    keys: Float64Array;
    starts: Uint32Array;
}
/** Hashes every line of `bytes` (at most 4 GiB: offsets are 32-bit). */
export declare function indexLines(bytes: Buffer): LineIndex;
/** True when sorted `keys` holds `k`. */
export declare function hasKey(keys: Float64Array, k: number): boolean;
