"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.compareEntries = compareEntries;
exports.buildInventory = buildInventory;
exports.oneLine = oneLine;
exports.inventoryText = inventoryText;
const types_1 = require("../rules/types");
const MAX_PATHS = 20;
function sightingOf(f) {
    return { commit: f.commit, date: f.date, path: f.path };
}
function entryFor(group) {
    // The most severe rule names the secret (a provider rule over a generic one that saw the same bytes).
    const lead = [...group].sort((a, b) => (0, types_1.severityRank)(a.severity) - (0, types_1.severityRank)(b.severity))[0];
    const dated = group.filter((f) => f.date).sort((a, b) => a.date.localeCompare(b.date));
    const verified = group.find((f) => f.verification && f.verification.status !== 'skipped') ?? group.find((f) => f.verification);
    const inHeadKnown = group.filter((f) => f.inHead !== undefined || f.source === 'worktree' || f.source === 'staged');
    return {
        secretId: lead.secretId,
        secret: lead.secret,
        provider: lead.provider,
        ruleId: lead.ruleId,
        ruleName: lead.ruleName,
        severity: lead.severity,
        locations: group.reduce((n, f) => n + 1 + (f.alsoIn ?? 0), 0),
        paths: [...new Set(group.map((f) => f.path))].sort().slice(0, MAX_PATHS),
        firstSeen: dated.length ? sightingOf(dated[0]) : undefined,
        lastSeen: dated.length ? sightingOf(dated[dated.length - 1]) : undefined,
        inHead: inHeadKnown.length ? inHeadKnown.some((f) => f.inHead !== false) : undefined,
        verification: verified?.verification,
    };
}
/** Still in HEAD first (it ships today), then history-only, then unknown (stdin). */
const headRank = (e) => (e.inHead === true ? 0 : e.inHead === false ? 1 : 2);
/**
 * Triage order: most severe first; within a severity, secrets HEAD still carries before those only in
 * history; then the most recently seen; rule and hash keep the order stable.
 */
function compareEntries(a, b) {
    return ((0, types_1.severityRank)(a.severity) - (0, types_1.severityRank)(b.severity) ||
        headRank(a) - headRank(b) ||
        (b.lastSeen?.date ?? '').localeCompare(a.lastSeen?.date ?? '') ||
        a.ruleId.localeCompare(b.ruleId) ||
        a.secretId.localeCompare(b.secretId));
}
/**
 * Groups a report's findings by secret identity, in triage order (compareEntries).
 * @lazy loaded with require() by cli/commands/inventory.ts, which knip does not follow
 */
function buildInventory(report) {
    const groups = new Map();
    for (const f of report.findings)
        groups.set(f.secretId, [...(groups.get(f.secretId) ?? []), f]);
    const secrets = [...groups.values()].map(entryFor).sort(compareEntries);
    return { tool: report.tool, root: report.root, source: report.source, complete: report.summary.complete, secrets };
}
const ESCAPES = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/**
 * One entry is one block of lines: a multi-line secret (a private key shown with --show-secrets), or a
 * path or identity with a newline, would otherwise break the block and could fake another entry.
 */
function oneLine(s) {
    return s.replace(/[\u0000-\u001f\u007f]/g, (c) => ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
const day = (d) => (d ? d.slice(0, 10) : '-');
const seen = (s) => (s ? `${day(s.date)}${s.commit ? ` ${s.commit.slice(0, 10)}` : ''}` : '-');
/**
 * Plain-text inventory: one block per secret.
 * @lazy loaded with require() by cli/commands/inventory.ts, which knip does not follow
 */
function inventoryText(inv) {
    const blocks = inv.secrets.map((e) => {
        const v = e.verification;
        const lines = [
            `${e.provider}  ${e.ruleId}  ${e.secret}  (${e.severity})`,
            `  locations: ${e.locations}  first seen: ${seen(e.firstSeen)}  last seen: ${seen(e.lastSeen)}  in HEAD: ${e.inHead === undefined ? '-' : e.inHead ? 'yes' : 'no'}`,
            `  paths: ${e.paths.join(', ')}`,
        ];
        if (v) {
            lines.push(`  status: ${v.status}${v.identity ? `  identity: ${v.identity}` : ''}${v.expiresAt ? `  expires: ${v.expiresAt}` : ''}${v.reason && v.status !== 'active' ? `  (${v.reason})` : ''}`);
            if (v.scopes?.length)
                lines.push(`  scopes: ${v.scopes.join(', ')}`);
        }
        return lines.map(oneLine).join('\n');
    });
    const count = `${inv.secrets.length} distinct secret${inv.secrets.length === 1 ? '' : 's'}${inv.complete ? '' : ' (scan INCOMPLETE)'}`;
    return (blocks.length ? blocks.join('\n\n') + '\n\n' : '') + count + '\n';
}
