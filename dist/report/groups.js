"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.groupByFingerprint = groupByFingerprint;
exports.reportGroups = reportGroups;
exports.groupSummary = groupSummary;
/** Oldest first by author date; the scan's own order breaks ties (git's walk is oldest first). */
function byDate(a, b) {
    return (a.f.date ?? '').localeCompare(b.f.date ?? '') || a.i - b.i;
}
const commitOf = (f) => (f.commit ? { commit: f.commit, ...(f.date ? { date: f.date } : {}) } : undefined);
/** Groups findings by fingerprint, in the order each fingerprint first appears in the report. */
function groupByFingerprint(findings) {
    const groups = new Map();
    findings.forEach((f, i) => {
        const list = groups.get(f.fingerprint);
        if (list)
            list.push({ f, i });
        else
            groups.set(f.fingerprint, [{ f, i }]);
    });
    return [...groups.entries()].map(([fingerprint, list]) => {
        const occurrences = list.sort(byDate).map((x) => x.f);
        const lead = occurrences[occurrences.length - 1];
        const known = occurrences.filter((f) => f.inHead !== undefined);
        return {
            fingerprint,
            lead,
            occurrences,
            first: commitOf(occurrences[0]),
            last: commitOf(lead),
            inHead: known.length ? known.some((f) => f.inHead) : undefined,
        };
    });
}
/** Groups for a report: history reports group by fingerprint; elsewhere every finding stands alone. */
function reportGroups(report) {
    if (report.source === 'history')
        return groupByFingerprint(report.findings);
    return report.findings.map((f) => ({ fingerprint: f.fingerprint, lead: f, occurrences: [f], first: commitOf(f), last: commitOf(f), inHead: f.inHead }));
}
/** The JSON summary of a group. */
function groupSummary(g) {
    return {
        fingerprint: g.fingerprint,
        ruleId: g.lead.ruleId,
        path: g.lead.path,
        occurrences: g.occurrences.length,
        ...(g.first ? { firstCommit: g.first.commit, firstDate: g.first.date } : {}),
        ...(g.last ? { lastCommit: g.last.commit, lastDate: g.last.date } : {}),
        ...(g.inHead !== undefined ? { inHead: g.inHead } : {}),
    };
}
