"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.detectAssembled = detectAssembled;
exports.detectRewritten = detectRewritten;
/**
 * Rescanning assembled text: each rewrite (engine/assemble.ts), with the rest of its source line around
 * it, is scanned as a small fragment of its own, so `password = "Kp9#" + "mZ2!…"` still reads as an
 * assignment. A finding inside the virtual text is moved back onto the source bytes it came from: it
 * starts in the piece where the secret starts, and ends where it ends. Only rewritten bytes are
 * scanned (and the line around them), never the whole fragment again.
 */
const assemble_1 = require("./assemble");
const context_1 = require("./context");
const lines_1 = require("./lines");
const literals_1 = require("./literals");
const triggers_1 = require("./triggers");
/** Most source bytes of context taken on each side of a rewrite. */
const CONTEXT = 256;
/** Findings in the strings a fragment assembles or escapes, where the keyword hits show triggers. */
function detectAssembled(fragment, hits, kinds, scan, seen) {
    const dialect = (0, literals_1.dialectOf)(fragment.path);
    const triggers = (0, triggers_1.triggersOf)(fragment.bytes, hits, kinds, dialect.reads);
    if (triggers.length === 0)
        return [];
    const rewrites = (0, assemble_1.findRewrites)(fragment.bytes, dialect, triggers);
    return rewrites.length === 0 ? [] : detectRewritten(fragment, rewrites, scan, seen);
}
/** The start of the context before a rewrite: its line, or the line before when its own holds nothing else. */
function contextStart(bytes, start) {
    const floor = Math.max(0, start - CONTEXT);
    const lineStart = (at) => floor + bytes.subarray(floor, at).lastIndexOf(10) + 1;
    let ls = lineStart(start);
    let blank = true;
    for (let k = ls; k < start && blank; k++)
        blank = bytes[k] === 32 || bytes[k] === 9 || bytes[k] === 40;
    // `key =` on the line before, the literal alone (or after an opening parenthesis) on its own line.
    if (blank && ls > floor)
        ls = lineStart(ls - 1);
    return ls;
}
function contextEnd(bytes, end) {
    const ceiling = Math.min(bytes.length, end + CONTEXT);
    const nl = bytes.subarray(end, ceiling).indexOf(10);
    return nl < 0 ? ceiling : end + nl;
}
/** Scans each rewrite with its context and maps what it finds back to the source. */
function detectRewritten(fragment, rewrites, scan, seen) {
    const src = fragment.bytes;
    const placed = [];
    for (const r of rewrites) {
        const cs = contextStart(src, r.start);
        const ce = contextEnd(src, r.end);
        const v = r.text;
        const bytes = Buffer.concat([src.subarray(cs, r.start), Buffer.from(v.bytes.buffer, v.bytes.byteOffset, v.length), src.subarray(r.end, ce)]);
        const local = new context_1.SeenSpans();
        const found = scan({ bytes, path: fragment.path, startLine: 1, offset: 0, overlap: 0, origin: fragment.origin }, local);
        const vs = r.start - cs;
        const ve = vs + v.length;
        // Candidates inside the virtual text, kept or not, mask the source bytes they came from in context lines.
        for (const [s, e] of local.within(vs, ve))
            seen?.add(v.src[s - vs], v.srcEnd[e - 1 - vs]);
        for (const f of found) {
            if (f.startOffset < vs || f.endOffset > ve || f.endOffset <= f.startOffset)
                continue;
            const start = v.src[f.startOffset - vs];
            const end = v.srcEnd[f.endOffset - 1 - vs];
            if (end <= fragment.overlap)
                continue;
            // The same bytes in the source: the plain scan sees them already.
            if (!f.encoding && src.toString('utf8', start, end) === f.secret)
                continue;
            placed.push({ finding: f, start, end, encoding: [...v.encodingOf(f.startOffset - vs, f.endOffset - vs), ...(f.encoding ?? [])] });
        }
    }
    return place(fragment, placed);
}
/** Positions, context line and encoded text of each placed finding, in the source fragment. */
function place(fragment, placed) {
    if (placed.length === 0)
        return [];
    const offsets = [...new Set(placed.flatMap((p) => [p.start, p.end]))].sort((a, b) => a - b);
    const map = new lines_1.LineMap(fragment.bytes, fragment.startLine);
    const pos = new Map(offsets.map((o) => [o, map.at(o)]));
    const seen = new Set();
    const out = [];
    for (const { finding, start, end, encoding } of placed) {
        const key = `${finding.ruleId}\0${start}\0${finding.secret}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const a = pos.get(start);
        const b = pos.get(end);
        out.push({
            ...finding,
            line: a.line,
            column: a.column,
            endLine: b.line,
            endColumn: b.column,
            startOffset: fragment.offset + start,
            endOffset: fragment.offset + end,
            lineText: (0, lines_1.lineAround)(fragment.bytes, start, end),
            encoding,
            encodedText: fragment.bytes.toString('utf8', start, end),
        });
    }
    return out;
}
