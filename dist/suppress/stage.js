"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_MIN_SEVERITY = void 0;
exports.suppress = suppress;
exports.applyStage = applyStage;
exports.dropBelowSeverity = dropBelowSeverity;
const types_1 = require("../rules/types");
const baseline_1 = require("./baseline");
const ignore_file_1 = require("./ignore-file");
/** Drops the findings the ignore file and then the baseline accept. */
function suppress(findings, inputs) {
    const out = { findings, counts: { ignoreFile: 0, baseline: 0 }, warnings: [] };
    if (inputs.ignoreFile) {
        const { text, shown } = inputs.ignoreFile;
        const outcome = (0, ignore_file_1.applyIgnoreFile)(out.findings, (0, ignore_file_1.parseIgnoreFile)(text, shown), shown, inputs.reportStaleIgnores === true);
        out.findings = outcome.kept;
        out.counts.ignoreFile = outcome.suppressed;
        out.warnings.push(...outcome.warnings);
    }
    if (inputs.baseline) {
        const outcome = (0, baseline_1.applyBaseline)(out.findings, (0, baseline_1.parseBaseline)(inputs.baseline.text, inputs.baseline.shown), inputs.identity);
        out.findings = outcome.kept;
        out.counts.baseline = outcome.suppressed;
        out.warnings.push(...outcome.warnings);
    }
    return out;
}
/**
 * Runs the stage on a scan result: keeps what it keeps, records every mechanism's count (the engine's
 * allowlist and inline drops, plus `settledInline` that the CLI's untrusted-range check dropped) for the
 * summary, and adds its warnings to the ledger's.
 */
function applyStage(result, inputs, settledInline = 0) {
    const outcome = suppress(result.findings, inputs);
    result.findings = outcome.findings;
    result.suppressed = { allowlist: result.dropped.allowlist ?? 0, inline: (result.dropped.inline ?? 0) + settledInline, ...outcome.counts };
    result.ledger.warnings.push(...outcome.warnings);
}
/** Default lowest severity reported: `info` rules find identifiers that are public by design (publishable keys, SIDs). */
exports.DEFAULT_MIN_SEVERITY = 'low';
/** Drops findings below `min`, counting them in the ledger's notes so the summary can say so. */
function dropBelowSeverity(result, min) {
    const kept = result.findings.filter((f) => (0, types_1.severityRank)(f.severity) <= (0, types_1.severityRank)(min));
    const below = result.findings.length - kept.length;
    if (below > 0)
        result.ledger.notes.belowMinSeverity = below;
    result.findings = kept;
}
