"use strict";
/**
 * The parts of a new version of a file that an older version did not have: what a history scan must
 * read when the older version was read already. Common leading and trailing bytes are cut with native
 * comparisons; what is left is split into lines, and only lines the older version does not hold are
 * kept, with a few lines of context so that rules spanning lines (a key under its section, a `.netrc`
 * entry) still see them, and whole PEM blocks when a changed line sits inside one.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.commonPrefix = commonPrefix;
exports.commonSuffix = commonSuffix;
exports.changedRegions = changedRegions;
/** Lines of context kept before and after each changed run. */
const BEFORE = 4;
const AFTER = 1;
/** Middle parts shorter than this are read whole: splitting them into lines would not pay. */
const REFINE_FROM = 16 * 1024;
/** How far (in lines) a PEM block's edges are looked for around a changed line inside it. */
const PEM_REACH = 200;
/** Length of the common prefix of a and b, by native comparison of halving chunks. */
function commonPrefix(a, b) {
    const n = Math.min(a.length, b.length);
    let done = 0;
    let step = 1 << 16;
    while (done < n && step > 0) {
        const len = Math.min(step, n - done);
        if (a.compare(b, done, done + len, done, done + len) === 0)
            done += len;
        else
            step >>= 1;
    }
    return done;
}
/** Length of the common suffix of a and b, not reaching into the first `floor` bytes of either. */
function commonSuffix(a, b, floor) {
    const n = Math.min(a.length, b.length) - floor;
    let done = 0;
    let step = 1 << 16;
    while (done < n && step > 0) {
        const len = Math.min(step, n - done);
        if (a.compare(b, b.length - done - len, b.length - done, a.length - done - len, a.length - done) === 0)
            done += len;
        else
            step >>= 1;
    }
    return done;
}
/** Start offsets of the lines of bytes[from, to), with `to` appended as the end of the last one. */
function lineStarts(bytes, from, to) {
    const out = [from];
    for (let i = bytes.indexOf(10, from); i >= 0 && i < to - 1; i = bytes.indexOf(10, i + 1))
        out.push(i + 1);
    out.push(to);
    return out;
}
/** Bytes as a latin1 string: one character per byte, so equal lines give equal strings. */
const latin1 = (b, from, to) => b.toString('latin1', from, to);
/** Start of the line before the one starting at `at` (0 at the top). Buffer.lastIndexOf counts negative offsets from the end, so guard them. */
const lineBefore = (b, at) => (at >= 2 ? b.lastIndexOf(10, at - 2) + 1 : 0);
const looksPemBody = (line) => line.length >= 40 && /^[A-Za-z0-9+/=\s"',\\n]+$/.test(line);
/**
 * Byte ranges of `child` to scan, given that everything in `parent` was scanned: ascending,
 * non-overlapping, each starting at a line start and ending at a line end (or the end of the file).
 * Empty when child adds nothing (a deletion, a reordering of existing lines).
 */
function changedRegions(parent, child) {
    const pre = commonPrefix(parent, child);
    if (pre === child.length && pre === parent.length)
        return [];
    const suf = commonSuffix(parent, child, pre);
    // Grow to whole lines: a changed byte changes its whole line.
    const start = pre === 0 ? 0 : child.lastIndexOf(10, pre - 1) + 1;
    const lastChanged = child.length - suf - 1;
    const nl = lastChanged < 0 ? -1 : child.indexOf(10, lastChanged);
    const end = suf === 0 || nl < 0 ? child.length : Math.min(child.length, nl + 1);
    if (start >= end)
        return [];
    const pStart = start;
    const pEnd = parent.length - (child.length - end);
    if (end - start < REFINE_FROM || pEnd <= pStart)
        return withContext(child, [[start, end]]);
    return refine(parent, child, pStart, pEnd, start, end);
}
/** Line-level difference inside the changed middle: lines of the child the parent's middle lacks. */
function refine(parent, child, pFrom, pTo, from, to) {
    const known = new Set();
    const ps = lineStarts(parent, pFrom, pTo);
    for (let i = 0; i + 1 < ps.length; i++)
        known.add(latin1(parent, ps[i], ps[i + 1]));
    const cs = lineStarts(child, from, to);
    const runs = [];
    for (let i = 0; i + 1 < cs.length; i++) {
        if (known.has(latin1(child, cs[i], cs[i + 1])))
            continue;
        const last = runs[runs.length - 1];
        if (last && last[1] === cs[i])
            last[1] = cs[i + 1];
        else
            runs.push([cs[i], cs[i + 1]]);
    }
    return withContext(child, runs);
}
/** Each run grown by context lines (and to its PEM block), then merged. */
function withContext(child, runs) {
    const out = [];
    for (const [s, e] of runs) {
        let start = s;
        let end = e;
        for (let k = 0; k < BEFORE && start > 0; k++)
            start = lineBefore(child, start);
        for (let k = 0; k < AFTER && end < child.length; k++) {
            const nl = child.indexOf(10, end);
            end = nl < 0 ? child.length : nl + 1;
        }
        [start, end] = pemBlock(child, start, end);
        const last = out[out.length - 1];
        if (last && start <= last[1])
            last[1] = Math.max(last[1], end);
        else
            out.push([start, end]);
    }
    return out;
}
/** A region that touches a PEM body grows to the block's BEGIN and END lines. */
function pemBlock(child, start, end) {
    const region = latin1(child, start, end);
    const firstEnd = region.indexOf('\n');
    if (!looksPemBody(firstEnd < 0 ? region : region.slice(0, firstEnd)) && !region.includes('-----'))
        return [start, end];
    let s = start;
    for (let k = 0; k < PEM_REACH && s > 0 && !latin1(child, s, Math.min(s + 64, end)).includes('-----BEGIN'); k++)
        s = lineBefore(child, s);
    let e = end;
    const lastBegin = region.lastIndexOf('-----BEGIN');
    if (region.lastIndexOf('-----END') > lastBegin && lastBegin >= 0)
        return [s, e];
    for (let k = 0; k < PEM_REACH && e < child.length; k++) {
        const nl = child.indexOf(10, e);
        const lineEnd = nl < 0 ? child.length : nl + 1;
        const isEnd = latin1(child, e, lineEnd).includes('-----END');
        e = lineEnd;
        if (isEnd)
            break;
    }
    return [s, e];
}
