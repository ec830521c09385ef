"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Queue = void 0;
/**
 * A first-in first-out queue with O(1) push and shift (Array#shift moves every element). Taken items
 * are released at once, and the array is compacted every few thousand shifts.
 */
class Queue {
    items = [];
    head = 0;
    /** Items waiting. */
    get length() {
        return this.items.length - this.head;
    }
    push(item) {
        this.items.push(item);
    }
    /** The oldest item, removed; undefined when empty. */
    shift() {
        if (this.head >= this.items.length)
            return undefined;
        const item = this.items[this.head];
        this.items[this.head++] = undefined;
        if (this.head === this.items.length) {
            this.items.length = 0;
            this.head = 0;
        }
        else if (this.head > 4096) {
            this.items.splice(0, this.head);
            this.head = 0;
        }
        return item;
    }
    /** The waiting items, oldest first, left in place. */
    *[Symbol.iterator]() {
        for (let i = this.head; i < this.items.length; i++)
            yield this.items[i];
    }
}
exports.Queue = Queue;
