"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PathMemo = void 0;
exports.pathMatcher = pathMatcher;
const re2_1 = __importDefault(require("re2"));
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
/**
 * The items whose path pattern (RE2 syntax) a path matches, in their order, remembered per path. One
 * RE2 set pass per path: a search per pattern cost 1.5 µs each in node-re2 (a history of 3,400 paths
 * tested against the 13 built-in path patterns three times over took 0.2 s of its main thread; the set,
 * a twelfth of that).
 */
function pathMatcher(items, patternOf) {
    if (items.length === 0)
        return new PathMemo(() => []);
    const set = new re2_1.default.Set(items.map((i) => patternOf(i)), '');
    // RE2's set gives its matches in no promised order.
    return new PathMemo((path) => set
        .match(path)
        .sort((a, b) => a - b)
        .map((i) => items[i]));
}
