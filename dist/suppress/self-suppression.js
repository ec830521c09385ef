"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SELF_SUPPRESSION_NOTES = void 0;
exports.settleInlineMarkers = settleInlineMarkers;
exports.noteHeadSuppressions = noteHeadSuppressions;
const inline_ignore_1 = require("../engine/inline-ignore");
const WHY = 'not honoured: with --untrusted-head suppressions are read from the base revision';
/** Notes a finding can carry. */
exports.SELF_SUPPRESSION_NOTES = {
    inline: `an inline marker added in the head of the range suppresses this finding; ${WHY}`,
    ignoreFile: `the head of the range adds an ignore-file entry for this finding; ${WHY}`,
    allowlist: `the head of the range allowlists this finding in its config; ${WHY}`,
    disabled: `the head of the range disables this rule in its config; ${WHY}`,
};
function addNote(f, note) {
    f.notes = [...(f.notes ?? []), note];
}
/** True when the base content carries one of `markers` on (or before) a line holding `text`. */
function baseMarks(base, text, markers) {
    const needle = Buffer.from(text, 'utf8');
    if (needle.length === 0)
        return false;
    for (let at = base.indexOf(needle); at >= 0; at = base.indexOf(needle, at + 1)) {
        if ((0, inline_ignore_1.suppressedInline)(base, at, markers))
            return true;
    }
    return false;
}
/**
 * Settles the findings the engine marked as covered by an inline marker: dropped when the base
 * revision's copy of the file marks the same secret, else kept with a note. Returns the findings kept
 * and how many the base's markers suppressed.
 */
async function settleInlineMarkers(findings, baseFile, markers) {
    const kept = [];
    let suppressed = 0;
    const cache = new Map();
    for (const f of findings) {
        if (!f.inlineMarker) {
            kept.push(f);
            continue;
        }
        delete f.inlineMarker;
        if (!cache.has(f.path))
            cache.set(f.path, baseFile(f.path));
        const base = await cache.get(f.path);
        if (base && baseMarks(base, f.encodedText ?? f.secret, markers)) {
            suppressed++;
            continue;
        }
        addNote(f, exports.SELF_SUPPRESSION_NOTES.inline);
        kept.push(f);
    }
    return { kept, suppressed };
}
/** Adds a note to each kept finding that the head of the range would have suppressed by its own files. */
function noteHeadSuppressions(findings, head) {
    for (const f of findings) {
        if (head.fingerprints.has(f.fingerprint))
            addNote(f, exports.SELF_SUPPRESSION_NOTES.ignoreFile);
        if (head.allowsPath(f.path) || head.allowsSecret(f.secret))
            addNote(f, exports.SELF_SUPPRESSION_NOTES.allowlist);
        if (head.disabledRules.has(f.ruleId))
            addNote(f, exports.SELF_SUPPRESSION_NOTES.disabled);
    }
}
