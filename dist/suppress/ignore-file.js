"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IGNORE_FILE = void 0;
exports.parseIgnoreFile = parseIgnoreFile;
exports.today = today;
exports.applyIgnoreFile = applyIgnoreFile;
/**
 * `.tokenguardignore`: one fingerprint per line, an optional `expires=YYYY-MM-DD`, and an optional
 * `# reason`. An expired entry stops suppressing and produces a warning; with --report-stale-ignores,
 * entries that matched nothing are reported too. Messages name the file and line, never what the
 * line says (an entry or a reason can hold a pasted secret). An entry written before secret identities
 * changed (a pre-v2 fingerprint) still matches, with a warning naming the line to replace.
 */
const identity_1 = require("../engine/identity");
const errors_1 = require("../errors");
exports.IGNORE_FILE = '.tokenguardignore';
/** Parses the ignore file text; a malformed line is a ConfigError naming the file and line. */
function parseIgnoreFile(text, file) {
    const entries = [];
    const problems = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const hash = raw.indexOf('#');
        const body = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
        const reason = hash >= 0 ? raw.slice(hash + 1).trim() || undefined : undefined;
        if (!body)
            return;
        const [fingerprint, ...rest] = body.split(/\s+/);
        const entry = { fingerprint, line: i + 1, ...(reason ? { reason } : {}) };
        if (!/^[0-9a-f]{32}$/.test(fingerprint))
            problems.push(`${file}:${i + 1}: not a fingerprint (expected 32 hex characters)`);
        for (const opt of rest) {
            const m = /^expires=(\d{4}-\d{2}-\d{2})$/.exec(opt);
            if (m && !Number.isNaN(Date.parse(`${m[1]}T00:00:00Z`)))
                entry.expires = m[1];
            else
                problems.push(`${file}:${i + 1}: unknown option (expected expires=YYYY-MM-DD)`);
        }
        entries.push(entry);
    });
    if (problems.length > 0)
        throw new errors_1.ConfigError(problems.join('\n'));
    return entries;
}
/** Today as YYYY-MM-DD (UTC), the clock expiry is judged by. */
function today(now = new Date()) {
    return now.toISOString().slice(0, 10);
}
/** Drops findings whose fingerprint has a live entry; warns about expired (and, if asked, stale) entries. */
function applyIgnoreFile(findings, entries, shown, reportStale, now = today()) {
    const live = new Map();
    const warnings = [];
    for (const e of entries) {
        if (e.expires && e.expires < now)
            warnings.push(`${shown}:${e.line}: entry expired on ${e.expires} and no longer suppresses`);
        else
            live.set(e.fingerprint, e);
    }
    const used = new Set();
    const kept = findings.filter((f) => {
        if (live.has(f.fingerprint)) {
            used.add(f.fingerprint);
            return false;
        }
        const old = live.size > 0 ? (0, identity_1.legacyFingerprint)(f) : '';
        if (!live.has(old))
            return true;
        used.add(old);
        warnings.push(`${shown}:${live.get(old).line}: an old-style fingerprint (plain SHA-256 identity); replace it with ${f.fingerprint}`);
        return false;
    });
    if (reportStale) {
        for (const e of live.values())
            if (!used.has(e.fingerprint))
                warnings.push(`${shown}:${e.line}: stale entry: it matched no finding`);
    }
    return { kept, suppressed: findings.length - kept.length, warnings };
}
