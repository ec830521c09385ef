"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PathMemo = void 0;
/**
 * Answers about a path, remembered: history scans meet the same path in thousands of versions and
 * fragments, and testing every path rule's pattern on it each time cost more than scanning its changes.
 */
class PathMemo {
    compute;
    limit;
    known = new Map();
    constructor(compute, limit = 50_000) {
        this.compute = compute;
        this.limit = limit;
    }
    get(path) {
        let v = this.known.get(path);
        if (v === undefined) {
            // A bound, not an LRU: a scan that meets more paths than this starts over, which is still correct.
            if (this.known.size >= this.limit)
                this.known.clear();
            v = this.compute(path);
            this.known.set(path, v);
        }
        return v;
    }
}
exports.PathMemo = PathMemo;
