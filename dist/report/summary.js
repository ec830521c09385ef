"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.summaryLines = summaryLines;
/** The short human summary printed on stderr after every scan. */
const size_1 = require("../util/size");
const MECHANISM = { allowlist: 'by allowlists', inline: 'by inline markers', ignoreFile: 'by the ignore file', baseline: 'by the baseline' };
function countBy(items, key) {
    const counts = new Map();
    for (const it of items)
        counts.set(key(it), (counts.get(key(it)) ?? 0) + 1);
    return [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
}
/** Summary lines for stderr; the first says whether the scan is clean, has findings, or is incomplete. */
function summaryLines(report) {
    const s = report.summary;
    const scope = `${s.files} file${s.files === 1 ? '' : 's'}, ${(0, size_1.formatSize)(s.bytes)}, ${s.durationMs} ms`;
    const lines = [];
    if (s.findings > 0) {
        lines.push(`tokenguard: ${s.findings} finding${s.findings === 1 ? '' : 's'} (${countBy(report.findings, (f) => f.severity)}) in ${scope}`);
    }
    else if (s.complete) {
        lines.push(`tokenguard: no secrets found in ${scope}`);
    }
    else {
        lines.push(`tokenguard: no secrets found in what could be scanned (${scope}), but the scan is INCOMPLETE`);
    }
    if (report.source === 'history' && s.findings > 0) {
        const groups = new Set(report.findings.map((f) => f.fingerprint)).size;
        if (groups < s.findings)
            lines.push(`tokenguard: ${groups} distinct fingerprint${groups === 1 ? '' : 's'} among them (a secret in one file, seen at several commits): text and SARIF show each once, JSON lists every occurrence`);
    }
    const suppressed = Object.entries(s.suppressed).filter(([, n]) => n > 0);
    if (suppressed.length > 0) {
        const total = suppressed.reduce((n, [, c]) => n + c, 0);
        lines.push(`tokenguard: suppressed ${total} finding${total === 1 ? '' : 's'} (${suppressed.map(([k, n]) => `${n} ${MECHANISM[k] ?? k}`).join(', ')}); --no-suppress shows them`);
    }
    const below = Number(report.notes.belowMinSeverity ?? 0);
    if (below > 0)
        lines.push(`tokenguard: ${below} finding${below === 1 ? '' : 's'} below --min-severity not reported (public by design, such as publishable keys, or readable only with another file, such as Jenkins-encrypted secrets); --min-severity info shows them`);
    const unchanged = Number(report.notes.unchangedLines ?? 0);
    if (unchanged > 0)
        lines.push(`tokenguard: ${unchanged} finding${unchanged === 1 ? '' : 's'} on lines the commit does not add not reported (--only-added-lines)`);
    if (s.allowlistedFiles > 0)
        lines.push(`tokenguard: ${s.allowlistedFiles} file${s.allowlistedFiles === 1 ? '' : 's'} not read: allowlisted paths`);
    if (report.notes.shallow)
        lines.push('tokenguard: warning: the repository is a shallow clone; history before its boundary was not scanned');
    // Gitignored paths get their own line below: what they are and how to scan them.
    const listed = report.skipped.filter((k) => k.reason !== 'gitignored');
    if (listed.length > 0)
        lines.push(`tokenguard: skipped ${plural(listed.length, 'file')} (${countBy(listed, (k) => k.reason)}); they are listed in the report`);
    if (s.ignored > 0)
        lines.push(`tokenguard: ${ignoredText(s.ignored, s.ignoredFolders)} not scanned (--include-ignored scans them)`);
    const decoded = decodedLine(report);
    if (decoded)
        lines.push(decoded);
    for (const w of report.warnings)
        lines.push(`tokenguard: warning: ${w}`);
    if (!s.complete) {
        lines.push(`tokenguard: error: scan incomplete, ${s.problems} item${s.problems === 1 ? '' : 's'} could not be scanned:`);
        for (const p of report.problems.slice(0, 20))
            lines.push(`  ${p.path ? `${p.path}: ` : ''}${p.message}`);
        if (report.problems.length > 20)
            lines.push(`  … and ${report.problems.length - 20} more (see the JSON report)`);
    }
    return lines;
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** What was read through a view rather than as text, so nobody takes "no secrets" for more than it is. */
function decodedLine(report) {
    const strings = report.decoded.filter((d) => d.as === 'strings').length;
    const utf16 = report.decoded.length - strings;
    const parts = [
        strings > 0 && `${plural(strings, 'binary file')} scanned through ${strings === 1 ? 'its' : 'their'} printable strings only (compressed content is not unpacked)`,
        utf16 > 0 && `${plural(utf16, 'UTF-16 file')} decoded and scanned`,
    ].filter(Boolean);
    return parts.length > 0 ? `tokenguard: ${parts.join('; ')}; the JSON report lists them` : undefined;
}
/** "3 gitignored files", or with folders "1 gitignored file and 2 gitignored folders". */
function ignoredText(total, folders) {
    const files = total - folders;
    if (folders === 0)
        return plural(files, 'gitignored file');
    if (files === 0)
        return plural(folders, 'gitignored folder');
    return `${plural(files, 'gitignored file')} and ${plural(folders, 'gitignored folder')}`;
}
