"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.jsonReporter = void 0;
exports.reportJson = reportJson;
const escape_1 = require("./escape");
const groups_1 = require("./groups");
function findingJson(f, occurrences) {
    const { lineText: _context, ...rest } = f;
    return occurrences === undefined ? rest : { ...rest, occurrences };
}
/** The JSON document for a report. */
function reportJson(report) {
    const { files, bytes, findings, skipped, decoded, ignored, ignoredFolders, durationMs, problems, complete, suppressed, allowlistedFiles, filtered } = report.summary;
    // History: every occurrence stays a finding; each also says how many its fingerprint has, and the
    // groups list each fingerprint once with its first and last commit (what the text and SARIF show).
    const groups = report.source === 'history' ? (0, groups_1.groupByFingerprint)(report.findings) : undefined;
    const counts = new Map(groups?.map((g) => [g.fingerprint, g.occurrences.length]));
    return {
        tool: report.tool,
        root: report.root,
        secretsShown: report.secretsShown,
        identity: report.identity,
        ...(report.engine ? { engine: report.engine } : {}),
        summary: { files, bytes, findings, skipped, decoded, ignored, ignoredFolders, durationMs, problems, complete, source: report.source, suppressed, allowlistedFiles, filtered, ...report.notes },
        findings: report.findings.map((f) => findingJson(f, counts.get(f.fingerprint))),
        ...(groups ? { groups: groups.map(groups_1.groupSummary) } : {}),
        skipped: report.skipped,
        decoded: report.decoded,
        problems: report.problems,
        warnings: report.warnings,
    };
}
exports.jsonReporter = {
    format: 'json',
    write(report, out) {
        out((0, escape_1.safeJson)(JSON.stringify(reportJson(report), null, 2)) + '\n');
    },
};
