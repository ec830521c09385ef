/**
 * A first-in first-out queue with O(1) push and shift (Array#shift moves every element). Taken items
 * are released at once, and the array is compacted every few thousand shifts.
 */
export declare class Queue<T> {
    private items;
    private head;
    /** Items waiting. */
    get length(): number;
    push(item: T): void;
    /** The oldest item, removed; undefined when empty. */
    shift(): T | undefined;
    /** The waiting items, oldest first, left in place. */
    [Symbol.iterator](): IterableIterator<T>;
}
