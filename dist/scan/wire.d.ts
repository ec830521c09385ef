/**
 * A batch as it crosses to a worker. Structured clone serialises each fragment object field by field and
 * rebuilds it on the other side: about 2.6 µs a fragment, 0.2 s of the main thread for the rails-shaped
 * history's 78,000 changed regions, and as much again in the worker. As columns (each path and origin
 * once, the numbers in one array, the memory once per buffer) a batch costs a fraction of that.
 * Fragments of bytes only travel as columns; file references and whole files not yet viewed as text
 * (`content`) are cloned as they are.
 */
import type { Origin } from '../engine/fragment';
import { type ScanItem } from '../sources/types';
/** A batch's items in columns (see the file's comment). */
export interface WireItems {
    count: number;
    /** Each buffer the fragments' bytes lie in, whole (shared memory is shared, not copied). */
    buffers: Uint8Array[];
    paths: string[];
    origins: Origin[];
    nums: Float64Array;
    /** Items that are not plain fragments, by index. */
    others: Array<[number, ScanItem]>;
}
/** The columns of `items` (reading each fragment's fields once, getters included). */
export declare function encodeItems(items: readonly ScanItem[]): WireItems;
/** The items again, fragments' bytes as Buffers over the posted memory; others as they arrived. */
export declare function decodeItems(wire: WireItems): ScanItem[];
