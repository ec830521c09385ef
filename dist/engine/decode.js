"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_DECODE = void 0;
exports.decodeSpan = decodeSpan;
exports.joinWrapped = joinWrapped;
exports.encodedSpans = encodedSpans;
exports.detectDecoded = detectDecoded;
/**
 * Decoding: base64, URL-encoded and hex-encoded spans are decoded and scanned again, down to a depth
 * limit and within a size budget. A decoded span is rescanned with the rest of its line around it, so
 * `password: aHVudGVy…` still reads as a password assignment; a finding inside decoded text is
 * reported at the encoded span. Kubernetes Secret `data:` values are decoded whatever their length.
 */
const re2_1 = __importDefault(require("re2"));
const lines_1 = require("./lines");
const automaton_1 = require("./automaton");
let hintScanner;
/** Base64 runs and escapes of bytes no prefilter has looked at (decoded text one level down). */
function scanHints(bytes) {
    return (hintScanner ??= new automaton_1.KeywordAutomaton([])).scan(bytes);
}
exports.DEFAULT_DECODE = { depth: 3, maxSpan: 1024 * 1024, maxTotal: 8 * 1024 * 1024 };
/** Characters a URL-encoded token may hold around its escapes. */
const URL_CHAR = new Uint8Array(256);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~+-!*'()&:/?#@=,;$%")
    URL_CHAR[ch.charCodeAt(0)] = 1;
const K8S_SECRET_RE = new re2_1.default('kind"?\\s*:\\s*"?Secret\\b');
/** The literal every match of K8S_SECRET_RE holds. */
const K8S_KIND = Buffer.from('Secret');
const K8S_VALUE_RE = new re2_1.default('(?m)^[ \\t]+"?[\\w.-]+"?[ \\t]*:[ \\t]*"?([A-Za-z0-9+/]{4,}={0,2})"?,?[ \\t]*\\r?$', 'gd');
/** A decoded value worth rescanning: almost all printable text. */
function printable(buf) {
    if (buf.length < 4)
        return false;
    let ok = 0;
    for (const b of buf)
        if ((b >= 0x20 && b < 0x7f) || b === 9 || b === 10 || b === 13)
            ok++;
    return ok / buf.length >= 0.95;
}
/** Value of each base64 and base64url character, -1 for any other byte. */
const B64_VALUE = new Int8Array(256).fill(-1);
[...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].forEach((ch, i) => (B64_VALUE[ch.charCodeAt(0)] = i));
B64_VALUE[0x2d] = 62; // -
B64_VALUE[0x5f] = 63; // _
/**
 * How many bytes the base64 `text` decodes to that have their top bit set (so are not printable),
 * read off the characters without decoding: in each group of four, the first character carries the
 * top bit of the first byte, the second (bit 3) that of the second, the third (bit 1) that of the third.
 */
function highBytes(text) {
    let n = 0;
    for (let i = 0; i + 3 < text.length; i += 4) {
        const a = B64_VALUE[text.charCodeAt(i)];
        const b = B64_VALUE[text.charCodeAt(i + 1)];
        const c = B64_VALUE[text.charCodeAt(i + 2)];
        if (a < 0 || b < 0 || c < 0 || B64_VALUE[text.charCodeAt(i + 3)] < 0)
            break; // padding ends the groups
        n += (a >> 5) + ((b >> 3) & 1) + ((c >> 1) & 1);
    }
    return n;
}
/** Decodes one candidate span, or returns undefined when it is not an encoding worth rescanning. */
function decodeSpan(text) {
    if (text.includes('%')) {
        const decoded = Buffer.from(text.replace(/%([0-9A-Fa-f]{2})/g, (_m, h) => String.fromCharCode(parseInt(h, 16))), 'latin1');
        return decoded.length < text.length && printable(decoded) ? { encoding: 'url', decoded } : undefined;
    }
    if (/^[0-9A-Fa-f]+$/.test(text) && text.length % 2 === 0) {
        const decoded = Buffer.from(text, 'hex');
        if (printable(decoded))
            return { encoding: 'hex', decoded };
    }
    // Decoded text must be 95% printable: when the bytes with the top bit set already pass 5% of the
    // longest possible decoding, it cannot be, and the decoding is not worth making. Identifiers and
    // the strings of binary files are mostly settled here.
    if (highBytes(text) > 0.05 * Math.floor((text.length * 3) / 4))
        return undefined;
    const decoded = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    return decoded.length >= 8 && printable(decoded) ? { encoding: 'base64', decoded } : undefined;
}
/** A base64 run that could hold text (both letter cases, and a digit or + or /; identifiers rarely have them) or hex. */
function decodableRun(bytes, start, end) {
    return mixedRun(bytes, start, end) || hexRun(bytes, start, end);
}
function hexRun(bytes, start, end) {
    if ((end - start) % 2 !== 0)
        return false;
    for (let i = start; i < end; i++) {
        const b = bytes[i];
        if (!((b >= 48 && b <= 57) || (b >= 97 && b <= 102) || (b >= 65 && b <= 70)))
            return false;
    }
    return true;
}
function mixedRun(bytes, start, end) {
    let upper = false;
    let lower = false;
    let other = false;
    for (let i = start; i < end && !(upper && lower && other); i++) {
        const b = bytes[i];
        if (b >= 65 && b <= 90)
            upper = true;
        else if (b >= 97 && b <= 122)
            lower = true;
        else if ((b >= 48 && b <= 57) || b === 43 || b === 47)
            other = true;
    }
    return upper && lower && other;
}
/** URL-encoded tokens: a run of URL characters around two or more %XX escapes. */
function urlSpans(bytes, escapes) {
    const out = [];
    let covered = -1;
    for (let k = 0; k < escapes.length; k++) {
        const p = escapes[k];
        if (p < covered)
            continue;
        let start = p;
        while (start > 0 && URL_CHAR[bytes[start - 1]] === 1)
            start--;
        let end = p;
        while (end < bytes.length && URL_CHAR[bytes[end]] === 1)
            end++;
        let count = 0;
        for (let j = k; j < escapes.length && escapes[j] < end; j++)
            count++;
        if (count >= 2)
            out.push([start, end]);
        covered = end;
    }
    return out;
}
/** Shortest line of wrapped base64 (`base64` wraps at 76, PEM and OpenSSL at 64). */
const MIN_WRAP = 40;
const B64_BYTE = new Uint8Array(256);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=')
    B64_BYTE[ch.charCodeAt(0)] = 1;
/** Where the next line's indented text starts after a line break at `i`, or -1. */
function nextLineText(bytes, i) {
    if (bytes[i] === 13)
        i++;
    if (bytes[i] !== 10)
        return -1;
    i++;
    while (bytes[i] === 32 || bytes[i] === 9)
        i++;
    return i;
}
/**
 * Base64 wrapped over several lines (`base64` output, a YAML block scalar): runs of one width that
 * follow each other line by line become one span, with the shorter last line that closes them.
 */
function joinWrapped(bytes, runs) {
    const out = [];
    for (let k = 0; k < runs.length; k++) {
        const [start, first] = runs[k];
        const width = first - start;
        let end = first;
        if (width >= MIN_WRAP && width % 4 === 0) {
            for (let next = nextLineText(bytes, end); next >= 0; next = nextLineText(bytes, end)) {
                if (k + 1 < runs.length && runs[k + 1][0] === next && runs[k + 1][1] - next === width)
                    end = runs[++k][1];
                else {
                    let e = next;
                    while (e < next + width && B64_BYTE[bytes[e]] === 1)
                        e++;
                    if (e > next && (e === bytes.length || bytes[e] === 10 || bytes[e] === 13)) {
                        end = e;
                        if (k + 1 < runs.length && runs[k + 1][0] === next)
                            k++;
                    }
                    break;
                }
            }
        }
        out.push([start, end]);
    }
    return out;
}
/** Every decodable span in `bytes`, within the limits. `dropped` counts spans skipped for size. */
function encodedSpans(bytes, limits, dropped, hints) {
    const spans = [];
    let budget = limits.maxTotal;
    const consider = (start, end) => {
        if (end - start > limits.maxSpan || budget <= 0) {
            if (dropped)
                dropped['decode-limit'] = (dropped['decode-limit'] ?? 0) + 1;
            return;
        }
        const d = decodeSpan(bytes.toString('latin1', start, end));
        if (!d)
            return;
        budget -= d.decoded.length;
        spans.push({ start, end, ...d });
    };
    const { base64Runs, escapes } = hints ?? scanHints(bytes);
    const urls = urlSpans(bytes, escapes);
    for (const [start, end] of joinWrapped(bytes, base64Runs))
        if (!urls.some(([a, b]) => start >= a && end <= b) && decodableRun(bytes, start, end))
            consider(start, end);
    for (const [start, end] of urls)
        consider(start, end);
    // The literal first (a native substring search): most fragments do not name it, and the RE2 call per fragment cost more.
    if (bytes.includes(K8S_KIND) && K8S_SECRET_RE.test(bytes)) {
        K8S_VALUE_RE.lastIndex = 0;
        for (let m = K8S_VALUE_RE.exec(bytes); m; m = K8S_VALUE_RE.exec(bytes)) {
            const span = m.indices[1];
            if (!spans.some((s) => s.start === span[0]))
                consider(span[0], span[1]);
        }
    }
    return spans;
}
function lineBounds(bytes, start, end) {
    const ls = start === 0 ? 0 : bytes.lastIndexOf(10, start - 1) + 1;
    const nl = bytes.indexOf(10, end);
    return [ls, nl < 0 ? bytes.length : nl];
}
/** Context kept on each side of a span on a long line: enough for the key an encoded value is assigned to. */
const CONTEXT = 512;
/** The line around a span, cut to CONTEXT bytes each side: a long line of many spans costs linear time. */
function contextBounds(bytes, start, end) {
    const [ls, le] = lineBounds(bytes, start, end);
    return [Math.max(ls, start - CONTEXT), Math.min(le, end + CONTEXT)];
}
/** The encoded spans of `bytes`, or only of its part `within` (offsets stay those of `bytes`). */
function spansWithin(bytes, limits, dropped, hints, within) {
    if (!within)
        return encodedSpans(bytes, limits, dropped, hints);
    const [from, to] = within;
    return encodedSpans(bytes.subarray(from, to), limits, dropped).map((s) => ({ ...s, start: s.start + from, end: s.end + from }));
}
/**
 * Finds secrets inside the encoded spans of a fragment (not in its plain text: `detect` does that),
 * recursing to `limits.depth`. `scan` is the plain detector, passed in to keep this module free of cycles.
 */
function detectDecoded(fragment, limits, scan, dropped, level = 0, hints, seen, within) {
    if (level >= limits.depth)
        return [];
    const inner = [];
    for (const span of spansWithin(fragment.bytes, limits, dropped, hints, within)) {
        // An encoded span may carry a secret that is suppressed or filtered inside: no context line shows it.
        seen?.add(span.start, span.end);
        const [ls, le] = contextBounds(fragment.bytes, span.start, span.end);
        const before = fragment.bytes.subarray(ls, span.start);
        const bytes = Buffer.concat([before, span.decoded, fragment.bytes.subarray(span.end, le)]);
        const sub = { bytes, path: fragment.path, startLine: 1, offset: 0, overlap: 0, origin: fragment.origin };
        const from = before.length;
        const to = from + span.decoded.length;
        // The next level decodes only what this span decoded to: the other spans of the line around it are
        // this level's own, and decoding them again under every span made a line of many spans exponential.
        const found = [...scan(sub), ...detectDecoded(sub, limits, scan, dropped, level + 1, undefined, undefined, [from, to])];
        // Only secrets wholly inside the decoded bytes: one that straddles the line around them (a JWT whose
        // decoded signature re-forms a token with the plain header) was not hidden by the encoding.
        for (const f of found)
            if (f.startOffset >= from && f.endOffset <= to)
                inner.push({ finding: f, span });
    }
    return placeAtSpans(fragment, inner);
}
/** Moves inner findings onto the encoded spans they came from: position, context line and byte offsets. */
function placeAtSpans(fragment, inner) {
    if (inner.length === 0)
        return [];
    const offsets = [...new Set(inner.flatMap((i) => [i.span.start, i.span.end]))].sort((a, b) => a - b);
    const map = new lines_1.LineMap(fragment.bytes, fragment.startLine);
    const pos = new Map(offsets.map((o) => [o, map.at(o)]));
    const seen = new Set();
    const out = [];
    for (const { finding, span } of inner) {
        const key = `${finding.ruleId}\0${span.start}\0${finding.secret}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const a = pos.get(span.start);
        const b = pos.get(span.end);
        out.push({
            ...finding,
            line: a.line,
            column: a.column,
            endLine: b.line,
            endColumn: b.column,
            startOffset: fragment.offset + span.start,
            endOffset: fragment.offset + span.end,
            lineText: (0, lines_1.lineAround)(fragment.bytes, span.start, span.end),
            encoding: [span.encoding, ...(finding.encoding ?? [])],
            encodedText: fragment.bytes.toString('utf8', span.start, span.end),
        });
    }
    return out;
}
