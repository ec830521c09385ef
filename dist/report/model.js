"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toolVersion = toolVersion;
exports.reportFinding = reportFinding;
exports.buildReport = buildReport;
/** The report model every reporter renders: findings already redacted, plus the run's summary. */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const package_root_1 = require("../util/package-root");
const redact_1 = require("./redact");
const scrub_1 = require("./scrub");
/** Git provenance fields copied from a finding when present. */
const PROVENANCE = ['commit', 'author', 'email', 'date', 'alsoIn', 'firstSeen', 'inHead'];
let version;
/** The package version, read once. */
function toolVersion() {
    return (version ??= JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(package_root_1.PACKAGE_ROOT, 'package.json'), 'utf8')).version);
}
/** Redacts one finding (or passes it through with --show-secrets), masking every secret on its line. */
function reportFinding(f, rules, sameLine, show) {
    const prefix = rules.get(f.ruleId)?.prefix;
    const masks = [f, ...sameLine].flatMap((o) => [{ secret: o.secret, prefix: rules.get(o.ruleId)?.prefix }, ...(o.encodedText ? [{ secret: o.encodedText }] : [])]);
    const out = {
        ruleId: f.ruleId,
        ruleName: f.ruleName,
        provider: f.provider,
        severity: f.severity,
        path: f.path,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        secret: show ? f.secret : (0, redact_1.redactSecret)(f.secret, prefix),
        secretId: f.secretId,
        fingerprint: f.fingerprint,
        source: f.source,
        lineText: show ? f.lineText : (0, redact_1.maskContext)(f.lineText, f.lineMasks, f.lineCut, masks),
    };
    if (f.notes?.length)
        out.notes = f.notes;
    if (f.checksumValid !== undefined)
        out.checksumValid = f.checksumValid;
    if (f.encoding)
        out.encoding = f.encoding;
    if (f.verification)
        out.verification = f.verification;
    if (f.blob)
        out.blob = f.blob;
    if (show && f.needs && Object.keys(f.needs).length > 0)
        out.needs = f.needs;
    for (const key of PROVENANCE)
        if (f[key] !== undefined)
            out[key] = f[key];
    return out;
}
/** Builds the report from a scan result. */
function buildReport(result, rules, show, root) {
    // Identities are set after the scan; a finding without one would carry nothing to match it by.
    if (result.findings.some((f) => !f.secretId || !f.fingerprint))
        throw new Error('internal: a finding reached the report without its secret identity');
    const byLine = new Map();
    for (const f of result.findings) {
        const key = `${f.commit ?? ''}\0${f.path}\0${f.line}`;
        const same = byLine.get(key);
        if (same)
            same.push(f);
        else
            byLine.set(key, [f]);
    }
    const findings = result.findings.map((f) => reportFinding(f, rules, byLine.get(`${f.commit ?? ''}\0${f.path}\0${f.line}`).filter((o) => o !== f), show));
    const { ledger } = result;
    const scrubbed = show ? { problems: ledger.problems, warnings: ledger.warnings } : scrubLedgerText(ledger.problems, ledger.warnings, result.findings, rules);
    return {
        tool: { name: 'tokenguard', version: toolVersion() },
        root,
        source: result.source,
        summary: {
            files: ledger.files,
            bytes: ledger.bytes,
            findings: findings.length,
            skipped: ledger.skipped.length,
            decoded: ledger.decodedFiles.length,
            ignored: ledger.ignored,
            ignoredFolders: ledger.ignoredFolders,
            problems: ledger.problems.length,
            durationMs: result.durationMs,
            complete: ledger.problems.length === 0,
            suppressed: result.suppressed ?? { allowlist: result.dropped.allowlist ?? 0, inline: result.dropped.inline ?? 0 },
            allowlistedFiles: ledger.allowlisted,
            filtered: Object.fromEntries(Object.entries(result.dropped).filter(([k]) => k !== 'allowlist' && k !== 'inline')),
        },
        findings,
        skipped: ledger.skipped,
        // Workers finish in any order: sorted, so the same tree gives the same report.
        decoded: [...ledger.decodedFiles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : (a.commit ?? '') < (b.commit ?? '') ? -1 : 1)),
        problems: scrubbed.problems,
        warnings: scrubbed.warnings,
        notes: ledger.notes,
        identity: result.identity ?? { scheme: 'public-v2' },
        ...(result.engine ? { engine: result.engine } : {}),
        rules,
        secretsShown: show,
    };
}
/**
 * Problems and warnings carry text from git, parsers and the user's own arguments (an unknown
 * `--since` revision is echoed back): mask recognisable secrets and every secret the scan found.
 */
function scrubLedgerText(problems, warnings, found, rules) {
    if (problems.length === 0 && warnings.length === 0)
        return { problems, warnings };
    const known = found.flatMap((f) => [{ secret: f.secret, prefix: rules.get(f.ruleId)?.prefix }, ...(f.encodedText ? [{ secret: f.encodedText }] : [])]);
    return {
        problems: problems.map((p) => ({ ...p, ...(p.path ? { path: (0, scrub_1.scrubText)(p.path, known) } : {}), message: (0, scrub_1.scrubText)(p.message, known) })),
        warnings: warnings.map((w) => (0, scrub_1.scrubText)(w, known)),
    };
}
