"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.analyze = analyze;
/**
 * The full engine pass over one fragment: plain detection, then the decoded spans and the strings the
 * code assembles (engine/rescan.ts), then inline suppressions. Pure: bytes in, findings out.
 */
const decode_1 = require("./decode");
const detect_1 = require("./detect");
const minified_1 = require("./minified");
const inline_ignore_1 = require("./inline-ignore");
const context_1 = require("./context");
const rescan_1 = require("./rescan");
const overlap = (a, b) => a.startOffset < b.endOffset && b.startOffset < a.endOffset;
/**
 * Plain and decoded findings on the same bytes. A provider rule that matched the encoded form keeps it
 * (its format is encoded on purpose, like a SAS signature in a URL); a generic rule that matched both
 * the encoded value and the secret inside reports the decoded secret. Between different rules the
 * higher priority keeps the span (a token whose body happens to be base64 is not reported from inside).
 */
function mergeDecoded(plain, decoded, ruleSet) {
    const priority = (f) => ruleSet.priority(f.ruleId);
    const generic = (f) => ruleSet.isGeneric(f.ruleId);
    const keptDecoded = decoded.filter((d) => !plain.some((p) => overlap(p, d) && (p.ruleId === d.ruleId ? !generic(p) : priority(p) >= priority(d))));
    const keptPlain = plain.filter((p) => !keptDecoded.some((d) => overlap(p, d) && (d.ruleId === p.ruleId || priority(d) > priority(p))));
    return [...keptPlain, ...keptDecoded];
}
/**
 * Secrets in strings the code assembles (concatenation, escapes): the assembled text is scanned plainly
 * and decoded, like any text. Generic rules stay out of minified bundles here too.
 */
function assembledIn(fragment, ruleSet, hits, seen) {
    const { decode } = ruleSet.options;
    const found = (0, rescan_1.detectAssembled)(fragment, hits, ruleSet.prefilter.triggerKinds, (f, s) => {
        const sifted = ruleSet.sift(f.bytes, f.path);
        const plain = (0, detect_1.detect)(f, ruleSet, undefined, sifted, s);
        if (sifted.base64Runs.length === 0 && sifted.escapes.length === 0)
            return plain;
        const decoded = (0, decode_1.detectDecoded)(f, decode, (g) => (0, detect_1.detect)(g, ruleSet), undefined, 0, sifted, s);
        return decoded.length > 0 ? mergeDecoded(plain, decoded, ruleSet) : plain;
    }, seen);
    if (found.length === 0)
        return found;
    const generic = new Set(ruleSet.rules.filter((r) => r.def.generic).map((r) => r.id));
    return found.filter((f) => !generic.has(f.ruleId) || !(0, minified_1.onMinifiedLine)(fragment.bytes, f.startOffset - fragment.offset));
}
function analyze(fragment, ruleSet, dropped) {
    const { decode, ignoreMarkers, markInline } = ruleSet.options;
    const sifted = ruleSet.sift(fragment.bytes, fragment.path);
    const seen = new context_1.SeenSpans();
    const plain = (0, detect_1.detect)(fragment, ruleSet, dropped, sifted, seen);
    const decoded = decode.depth > 0 ? (0, decode_1.detectDecoded)(fragment, decode, (f) => (0, detect_1.detect)(f, ruleSet, dropped), dropped, 0, sifted, seen) : [];
    const assembled = decode.depth > 0 ? assembledIn(fragment, ruleSet, sifted.hits, seen) : [];
    const extra = assembled.length > 0 ? [...decoded, ...assembled] : decoded;
    const all = extra.length > 0 ? mergeDecoded(plain, extra, ruleSet) : plain;
    (0, context_1.markContext)(all, fragment.bytes, fragment.offset, seen);
    // One search of the fragment spares a search of each finding's line when no marker is there at all.
    if (ignoreMarkers.length === 0 || all.length === 0 || ![...ignoreMarkers, inline_ignore_1.NEXT_LINE_MARKER].some((m) => fragment.bytes.includes(m)))
        return all;
    return all.filter((f) => {
        if (!(0, inline_ignore_1.suppressedInline)(fragment.bytes, f.startOffset - fragment.offset, ignoreMarkers))
            return true;
        if (markInline)
            return (f.inlineMarker = true);
        if (dropped)
            dropped.inline = (dropped.inline ?? 0) + 1;
        return false;
    });
}
