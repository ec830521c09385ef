"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.excerpt = excerpt;
exports.textReporter = textReporter;
/**
 * Text: one block per finding for people reading a terminal or a CI log. Every field that comes from
 * the repository or a provider is escaped (report/escape.ts) before it is styled.
 */
const escape_1 = require("./escape");
const groups_1 = require("./groups");
const types_1 = require("./types");
const types_2 = require("../rules/types");
const MAX_SHOWN = 120;
function clip(s) {
    const oneLine = (0, escape_1.escapeField)(s.replace(/\r?\n/g, '⏎'), true);
    return oneLine.length > MAX_SHOWN ? `${oneLine.slice(0, MAX_SHOWN)}… (${s.length} chars)` : oneLine;
}
/**
 * The context line, at most MAX_SHOWN characters centred on the secret: in a minified file the secret
 * can sit hundreds of characters into the line, where a cut from the start would never reach it.
 */
function excerpt(line, secret) {
    const oneLine = (0, escape_1.escapeField)(line.trim().replace(/\r?\n/g, '⏎'), true);
    if (oneLine.length <= MAX_SHOWN)
        return oneLine;
    const shown = (0, escape_1.escapeField)(secret.split(/\r?\n/)[0], true);
    const at = shown ? oneLine.indexOf(shown) : -1;
    if (at < 0)
        return `${oneLine.slice(0, MAX_SHOWN)}…`;
    const mid = at + Math.min(shown.length, MAX_SHOWN) / 2;
    const from = Math.max(0, Math.min(oneLine.length - MAX_SHOWN, Math.round(mid - MAX_SHOWN / 2)));
    const to = from + MAX_SHOWN;
    return `${from > 0 ? '…' : ''}${oneLine.slice(from, to)}${to < oneLine.length ? '…' : ''}`;
}
/** Where a group was seen: one commit as before, or the first and last of many. */
function commitLines(g, style) {
    const f = g.lead;
    if (!f.commit)
        return [];
    const one = (c) => `${(0, escape_1.escapeField)(c.commit.slice(0, 12))} ${(0, escape_1.escapeField)(c.date?.slice(0, 10) ?? '')} ${(0, escape_1.escapeField)(c.author ?? '')} <${(0, escape_1.escapeField)(c.email ?? '')}>`;
    if (g.occurrences.length === 1)
        return [`  commit:      ${one(f)}${f.alsoIn ? style.dim(` (+${f.alsoIn} more)`) : ''}`];
    return [`  seen in:     ${seenIn(g)} ${style.dim('(one block per fingerprint; every occurrence is in the JSON report)')}`, `  first:       ${one(g.occurrences[0])}`, `  last:        ${one(f)}`];
}
function seenIn(g) {
    const commits = new Set(g.occurrences.map((o) => o.commit)).size;
    return commits === g.occurrences.length ? `${commits} commits` : `${commits} commits (${g.occurrences.length} occurrences)`;
}
function block(g, style) {
    const f = g.lead;
    const sev = f.severity === 'critical' || f.severity === 'high' ? style.red(f.severity) : style.yellow(f.severity);
    const inHead = g.inHead ?? f.inHead;
    const lines = [
        `${style.bold((0, escape_1.escapeField)(f.ruleName))} ${style.dim(`[${(0, escape_1.escapeField)(f.ruleId)}]`)} ${sev}`,
        `  ${style.cyan(`${(0, escape_1.escapeField)(f.path)}:${f.line}:${f.column}`)}`,
        ...commitLines(g, style),
        ...(inHead !== undefined ? [`  in HEAD:     ${inHead ? style.red('yes') : 'no (history only)'}${f.firstSeen ? style.dim(`, first seen ${f.firstSeen.slice(0, 10)}`) : ''}`] : []),
        `  secret:      ${clip(f.secret)}${f.checksumValid === false ? style.dim(' (checksum invalid)') : ''}${f.encoding ? style.dim(` (${f.encoding.join(' → ')} encoded)`) : ''}`,
        ...(f.verification ? [`  verified:    ${verification(f, style)}`] : []),
        `  line:        ${excerpt(f.lineText, f.secret)}`,
        ...(f.notes ?? []).map((n) => `  note:        ${style.yellow((0, escape_1.escapeField)(n))}`),
        `  fingerprint: ${style.dim(f.fingerprint)}`,
    ];
    return lines.join('\n');
}
function verification(f, style) {
    const v = f.verification;
    const status = v.status === 'active' ? style.red(style.bold('ACTIVE')) : v.status === 'inactive' ? style.green('inactive') : v.status;
    const parts = [v.identity && `as ${v.identity}`, v.scopes?.length && `scopes: ${v.scopes.join(', ')}`, v.expiresAt && `expires ${v.expiresAt}`, v.status !== 'active' && v.reason];
    return [status, ...parts.filter((p) => typeof p === 'string' && p !== '').map((p) => (0, escape_1.escapeField)(p))].join(' · ');
}
/**
 * Skipped entries, each path and reason once with how many there are, in first-seen order: a history
 * lists every version of a skipped file (a lockfile changed in 800 commits is 800 entries in JSON).
 */
function skippedOnce(skipped) {
    const byKey = new Map();
    for (const s of skipped) {
        const key = `${s.path}\0${s.reason}`;
        const seen = byKey.get(key);
        if (seen)
            seen.count++;
        else
            byKey.set(key, { path: s.path, reason: s.reason, count: 1 });
    }
    return [...byKey.values()];
}
/** A text reporter using the given colours. */
function textReporter(style = types_1.PLAIN) {
    return {
        format: 'text',
        write(report, out) {
            const sorted = (0, groups_1.reportGroups)(report).sort((a, b) => (0, types_2.severityRank)(a.lead.severity) - (0, types_2.severityRank)(b.lead.severity));
            // Escaped fields cannot hold a newline, so this only catches a line a field begins with "::".
            for (const g of sorted)
                out((0, escape_1.neutralizeCommands)(block(g, style) + '\n\n'));
            if (report.skipped.length > 0) {
                out(style.dim(`Skipped ${report.skipped.length} file(s):`) + '\n');
                for (const { path, reason, count } of skippedOnce(report.skipped)) {
                    const times = count > 1 ? `, ${count} versions` : '';
                    out((0, escape_1.neutralizeCommands)(style.dim(`  ${(0, escape_1.escapeField)(path)} (${reason}${times})`) + '\n'));
                }
            }
        },
    };
}
