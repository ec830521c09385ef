"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolveOverlaps = void 0;
exports.detect = detect;
/**
 * The engine: bytes in, findings out, no I/O. Prefilter → RE2 → secret group → filters → findings
 * with line and column computed from byte offsets. The stages live beside it: where a rule runs
 * (regions.ts), its matches (matches.ts), overlaps (overlaps.ts) and the values its specs need (needs.ts).
 */
const minified_1 = require("./minified");
const checksum_1 = require("./checksum");
const filters_1 = require("./filters");
const generic_1 = require("./generic");
const lines_1 = require("./lines");
const matches_1 = require("./matches");
const needs_1 = require("./needs");
const overlaps_1 = require("./overlaps");
const regions_1 = require("./regions");
var overlaps_2 = require("./overlaps");
Object.defineProperty(exports, "resolveOverlaps", { enumerable: true, get: function () { return overlaps_2.resolveOverlaps; } });
/**
 * Runs every candidate rule over the fragment and returns its findings. `seen` collects the span of
 * every match, kept or not, for masking context lines (engine/context.ts).
 */
function detect(fragment, ruleSet, dropped, sifted = ruleSet.sift(fragment.bytes, fragment.path), seen, explain) {
    (0, minified_1.forgetMinifiedLine)();
    const candidates = [];
    const extractors = [];
    for (const rule of sifted.rules) {
        if (rule.pathRegex && !rule.pathRegex.test(fragment.path))
            continue;
        if (rule.def.extractor) {
            extractors.push(rule);
            continue;
        }
        const positions = (0, regions_1.confirmedHits)(rule, fragment.bytes, sifted, ruleSet);
        if (positions?.length === 0)
            continue;
        for (const [start, end] of (0, regions_1.regionsFor)(rule, fragment.bytes, sifted, ruleSet, positions))
            (0, matches_1.collectMatches)(fragment, rule, ruleSet, candidates, start, end, dropped, seen);
    }
    if (extractors.length > 0)
        collectGeneric(fragment, extractors, sifted, ruleSet, candidates, dropped, seen, explain ?? ruleSet.options.explain);
    return toFindings(fragment, (0, overlaps_1.resolveOverlaps)(candidates).filter((c) => !c.allowed));
}
/** The generic extractor over the lines holding its rules' keywords; the universal filters still apply. */
function collectGeneric(fragment, rules, sifted, ruleSet, out, dropped, seen, explain) {
    // The hits (few keywords per fragment) checked against the rules' keywords: building the union of
    // every extractor's keywords for each fragment cost more than the pairs it led to.
    const positions = [];
    for (const [id, offsets] of sifted.hits) {
        if (!rules.some((r) => ruleSet.prefilter.ruleKeywords.get(r)?.includes(id)))
            continue;
        for (const p of offsets)
            positions.push(p);
    }
    for (const hit of (0, generic_1.detectGeneric)(fragment, rules, positions, seen, explain)) {
        const after = hit.end < fragment.bytes.length ? String.fromCharCode(fragment.bytes[hit.end]) : '';
        const reason = (0, filters_1.universalRejectReason)({ secret: hit.secret, match: hit.secret, after, rule: hit.rule, ruleSet, fragment });
        if (reason) {
            if (dropped)
                dropped[reason] = (dropped[reason] ?? 0) + 1;
            continue;
        }
        out.push(hit);
    }
}
function toFindings(fragment, candidates) {
    if (candidates.length === 0)
        return [];
    const offsets = [...new Set(candidates.flatMap((c) => [c.start, c.end]))].sort((a, b) => a - b);
    const map = new lines_1.LineMap(fragment.bytes, fragment.startLine);
    const positions = new Map(offsets.map((o) => [o, map.at(o)]));
    return candidates.map((c) => {
        const from = positions.get(c.start);
        const to = positions.get(c.end);
        const def = c.rule.def;
        const finding = {
            ruleId: def.id,
            ruleName: def.name,
            provider: c.rule.provider,
            severity: c.severity ?? def.severity,
            path: fragment.path,
            line: from.line,
            column: from.column,
            endLine: to.line,
            endColumn: to.column,
            secret: c.secret,
            // Identity and fingerprint are set after the scan, once per distinct secret (engine/identity.ts).
            secretId: '',
            fingerprint: '',
            source: fragment.origin.kind,
            lineText: (0, lines_1.lineAround)(fragment.bytes, c.start, c.end),
            startOffset: fragment.offset + c.start,
            endOffset: fragment.offset + c.end,
        };
        if (def.checksum)
            finding.checksumValid = (0, checksum_1.checksumValid)(def.checksum, c.secret);
        const needs = c.rule.needs;
        if (needs.length > 0)
            Object.assign(finding, (0, needs_1.findNeeds)(fragment.bytes, c.start, c.end, needs));
        const o = fragment.origin;
        if (o.commit)
            finding.commit = o.commit;
        if (o.blob)
            finding.blob = o.blob;
        if (o.author !== undefined)
            finding.author = o.author;
        if (o.email !== undefined)
            finding.email = o.email;
        if (o.date)
            finding.date = o.date;
        return finding;
    });
}
