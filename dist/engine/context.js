"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SeenSpans = void 0;
exports.markContext = markContext;
const lines_1 = require("./lines");
/** Past this many candidates in one excerpt the whole excerpt is masked: nothing readable is left anyway. */
const MAX_MASKS = 64;
/** Spans longer than this are kept apart: few of them fit in a fragment, and each is checked directly. */
const LONG = 4096;
/**
 * Candidate spans (byte offsets within a fragment). Short ones are kept as flat numbers sorted by
 * start, so the spans near an excerpt are found by binary search in a window of LONG bytes before it:
 * a fragment dense with matches (hundreds of thousands) costs O(log n) per finding, not O(n).
 */
class SeenSpans {
    flat = [];
    long = [];
    sorted;
    add(start, end) {
        if (end <= start)
            return;
        if (end - start > LONG)
            this.long.push([start, end]);
        else
            this.flat.push(start, end);
        this.sorted = undefined;
    }
    sort() {
        const n = this.flat.length / 2;
        const order = new Int32Array(n);
        for (let i = 0; i < n; i++)
            order[i] = i;
        order.sort((a, b) => this.flat[2 * a] - this.flat[2 * b]);
        const starts = new Float64Array(n);
        const ends = new Float64Array(n);
        for (let k = 0; k < n; k++) {
            starts[k] = this.flat[2 * order[k]];
            ends[k] = this.flat[2 * order[k] + 1];
        }
        return { starts, ends };
    }
    /** Spans overlapping [from, to), clipped to it. */
    within(from, to) {
        const { starts, ends } = (this.sorted ??= this.sort());
        let lo = 0;
        let hi = starts.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (starts[mid] < from - LONG)
                lo = mid + 1;
            else
                hi = mid;
        }
        const out = [];
        for (let k = lo; k < starts.length && starts[k] < to; k++) {
            if (ends[k] > from)
                out.push([Math.max(starts[k], from), Math.min(ends[k], to)]);
        }
        for (const [s, e] of this.long)
            if (s < to && e > from)
                out.push([Math.max(s, from), Math.min(e, to)]);
        return out;
    }
}
exports.SeenSpans = SeenSpans;
/** Sets lineMasks (UTF-16 offsets within lineText) and lineCut on each finding of a fragment. */
function markContext(findings, bytes, fragmentOffset, seen) {
    for (const f of findings) {
        if (!f.lineText)
            continue;
        const e = (0, lines_1.excerptAround)(bytes, f.startOffset - fragmentOffset, f.endOffset - fragmentOffset);
        const spans = seen.within(e.from, e.to);
        const at = (b) => (0, lines_1.utf16Length)(bytes, e.from, b);
        f.lineMasks = spans.length > MAX_MASKS ? [[0, f.lineText.length]] : spans.map(([s, t]) => [at(s), at(t)]);
        const cut = e.from > e.lineStart ? (e.to < e.lineEnd ? 'both' : 'start') : e.to < e.lineEnd ? 'end' : undefined;
        if (cut)
            f.lineCut = cut;
    }
}
