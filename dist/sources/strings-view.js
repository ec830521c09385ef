"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StringsView = void 0;
const chunk_1 = require("./chunk");
const MIN_RUN = 8;
const PRINTABLE = new Uint8Array(256);
for (let b = 0x20; b < 0x7f; b++)
    PRINTABLE[b] = 1;
PRINTABLE[9] = 1;
/** Where each run of a view fragment came from: its view offset, file offset, line and line start. */
class RunTable {
    view = [];
    raw = [];
    line = [];
    lineStart = [];
    add(view, raw, line, lineStart) {
        this.view.push(view);
        this.raw.push(raw);
        this.line.push(line);
        this.lineStart.push(lineStart);
    }
    /** The runs from index `k` on, with view offsets shifted to start at 0. */
    tail(k) {
        const t = new RunTable();
        const base = this.view[k] ?? 0;
        for (let i = k; i < this.view.length; i++)
            t.add(this.view[i] - base, this.raw[i], this.line[i], this.lineStart[i]);
        return t;
    }
    /** File offset, line and byte column of a view offset. */
    locate(v) {
        let lo = 0;
        let hi = this.view.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.view[mid] <= v)
                lo = mid;
            else
                hi = mid - 1;
        }
        const raw = this.raw[lo] + (v - this.view[lo]);
        return { raw, line: this.line[lo], column: raw - this.lineStart[lo] + 1 };
    }
}
/** Builds the strings view of one file from consecutive blocks, in fragments of about CHUNK_SIZE. */
class StringsView {
    path;
    origin;
    chunkSize;
    base = 0;
    line = 1;
    lineStart = 0;
    open;
    segments = [];
    length = 0;
    table = new RunTable();
    overlap = 0;
    emitted = false;
    constructor(path, origin, chunkSize = chunk_1.CHUNK_SIZE) {
        this.path = path;
        this.origin = origin;
        this.chunkSize = chunkSize;
    }
    push(block) {
        const n = block.length;
        const out = [];
        let from = 0;
        if (this.open) {
            from = printableUntil(block, 0);
            this.open.parts.push(Buffer.from(block.subarray(0, from)));
            this.open.length += from;
            if (from === n) {
                this.base += n;
                return out;
            }
            this.closeOpen(out);
        }
        const runs = findRuns(block, from);
        let nextNl = block.indexOf(10, from);
        const advance = (to) => {
            // Each search starts past the previous newline: one pass over the block in all.
            while (nextNl >= 0 && nextNl < to) {
                this.line++;
                this.lineStart = this.base + nextNl + 1;
                nextNl = block.indexOf(10, nextNl + 1);
            }
        };
        const tailOpen = runs.length > 0 && runs[runs.length - 1] === n;
        const closed = tailOpen ? runs.length - 2 : runs.length;
        let size = 0;
        for (let k = 0; k < closed; k += 2)
            size += runs[k + 1] - runs[k] + 1;
        const segment = Buffer.allocUnsafe(size);
        let start = 0;
        let at = 0;
        for (let k = 0; k < closed; k += 2) {
            advance(runs[k]);
            this.table.add(this.length + at - start, this.base + runs[k], this.line, this.lineStart);
            at = copyRun(block, runs[k], runs[k + 1], segment, at);
            segment[at++] = 10;
            if (this.length + at - start >= this.chunkSize) {
                this.append(segment.subarray(start, at), out);
                start = at;
            }
        }
        this.append(segment.subarray(start, at), out);
        if (tailOpen) {
            const t = runs[runs.length - 2];
            advance(t);
            this.open = { raw: this.base + t, line: this.line, lineStart: this.lineStart, parts: [Buffer.from(block.subarray(t))], length: n - t };
        }
        else {
            advance(n);
        }
        this.base += n;
        return out;
    }
    end() {
        const out = [];
        if (this.open)
            this.closeOpen(out);
        if (this.length > 0 && !(this.emitted && this.length <= this.overlap))
            out.push(this.emit(true));
        return out;
    }
    closeOpen(out) {
        const open = this.open;
        this.open = undefined;
        if (open.length < MIN_RUN)
            return;
        this.table.add(this.length, open.raw, open.line, open.lineStart);
        this.append(Buffer.concat([...open.parts, Buffer.from([10])]), out);
    }
    /** Adds whole runs to the pending view; a full view goes out as a fragment. */
    append(segment, out) {
        if (segment.length === 0)
            return;
        this.segments.push(segment);
        this.length += segment.length;
        if (this.length >= this.chunkSize)
            out.push(this.emit(false));
    }
    emit(final) {
        const bytes = this.segments.length === 1 ? this.segments[0] : Buffer.concat(this.segments, this.length);
        const table = this.table;
        const fragment = { bytes, path: this.path, startLine: 1, offset: 0, overlap: this.overlap, origin: this.origin, place: (f) => place(f, table) };
        this.emitted = true;
        if (!final) {
            // The last runs (up to OVERLAP bytes) start the next fragment too, so a secret spanning runs
            // at the cut, such as a PEM block, is seen whole there.
            let k = table.view.length;
            while (k > 0 && this.length - table.view[k - 1] <= chunk_1.OVERLAP)
                k--;
            const carried = k < table.view.length ? Buffer.from(bytes.subarray(table.view[k])) : Buffer.alloc(0);
            this.table = table.tail(k);
            this.segments = carried.length > 0 ? [carried] : [];
            this.length = this.overlap = carried.length;
        }
        return fragment;
    }
}
exports.StringsView = StringsView;
/** Copies block[start, end) into `to` at `at`; returns the new end. Most runs are short, and a loop beats a native call for them. */
function copyRun(block, start, end, to, at) {
    if (end - start > 64)
        return at + block.copy(to, at, start, end);
    for (let i = start; i < end; i++)
        to[at++] = block[i];
    return at;
}
/** Index of the first byte at or after `i` that is not printable (or the block's length). */
function printableUntil(block, i) {
    while (i < block.length && PRINTABLE[block[i]] === 1)
        i++;
    return i;
}
/**
 * Runs of at least MIN_RUN printable bytes from `from` on, as flat [start, end) pairs; a run reaching
 * the end of the block is returned whatever its length (it may go on in the next block). Probes the
 * last byte of each MIN_RUN window first: in binary data it is usually not printable, and then no run
 * can cover it, so the scan skips MIN_RUN bytes at a time.
 */
function findRuns(block, from) {
    const n = block.length;
    const out = [];
    let i = from;
    outer: while (i + MIN_RUN <= n) {
        const p = i + MIN_RUN - 1;
        if (PRINTABLE[block[p]] === 0) {
            i = p + 1;
            continue;
        }
        for (let q = p - 1; q >= i; q--) {
            if (PRINTABLE[block[q]] === 0) {
                i = q + 1;
                continue outer;
            }
        }
        const e = printableUntil(block, p + 1);
        out.push(i, e);
        i = e + 1;
    }
    if (i < n && (out.length === 0 || out[out.length - 1] !== n)) {
        // The last few bytes may start a run that the next block completes.
        let t = n;
        while (t > i && PRINTABLE[block[t - 1]] === 1)
            t--;
        if (t < n)
            out.push(t, n);
    }
    return out;
}
/** Puts findings of a strings view back at their place in the file. */
function place(findings, table) {
    for (const f of findings) {
        const start = table.locate(f.startOffset);
        const end = table.locate(f.endOffset);
        f.line = start.line;
        f.column = start.column;
        f.endLine = end.line;
        f.endColumn = end.column;
        f.startOffset = start.raw;
        f.endOffset = end.raw;
        f.notes = [...(f.notes ?? []), `not a text file: found among its printable strings, at byte offset ${start.raw}`];
    }
}
