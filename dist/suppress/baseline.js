"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BASELINE_FILE = void 0;
exports.createBaseline = createBaseline;
exports.formatBaseline = formatBaseline;
exports.parseBaseline = parseBaseline;
exports.checkScheme = checkScheme;
exports.legacyWarning = legacyWarning;
exports.applyBaseline = applyBaseline;
exports.migrateBaseline = migrateBaseline;
/**
 * Baselines: the findings a team has accepted, so only new ones are reported. Entries are (rule,
 * path, secret identity): no line numbers, no timestamps, no secrets, sorted, so an unchanged tree
 * gives a byte-identical file. A moved line is not new; a different secret on the same line is.
 * Version 2 records how identities were computed (engine/identity.ts). A version 1 baseline holds a
 * plain SHA-256 per secret; it is still read (each finding's old hash is computed in memory to match
 * it), with a warning to rewrite it with `tokenguard baseline migrate`.
 */
const errors_1 = require("../errors");
const identity_1 = require("../engine/identity");
const escape_1 = require("../report/escape");
const key = (e) => `${e.ruleId}\0${e.path}\0${e.secretId}`;
const HEX64 = /^[0-9a-f]{64}$/;
/** The baseline for a set of findings, deduplicated and sorted. */
function createBaseline(findings, identity) {
    const unique = new Map();
    for (const f of findings)
        unique.set(key(f), { ruleId: f.ruleId, path: f.path, secretId: f.secretId });
    const entries = [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
    return { version: 2, identity, entries };
}
/** Serialised form: stable key order, one entry per line block, trailing newline. */
function formatBaseline(b) {
    return (0, escape_1.safeJson)(JSON.stringify(b, null, 2)) + '\n';
}
/** The baseline a scan picks up by itself, at the scanned root or the repository root (like .tokenguardignore). */
exports.BASELINE_FILE = '.tokenguard-baseline.json';
/** Parses and checks baseline text; problems name the file and entry, never a value. */
function parseBaseline(text, shown) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new errors_1.ConfigError(`${shown}: cannot read baseline: invalid JSON`);
    }
    if (!data || (data.version !== 1 && data.version !== 2) || !Array.isArray(data.entries)) {
        throw new errors_1.ConfigError(`${shown}: not a tokenguard baseline (expected {"version": 2, "identity": {...}, "entries": [...]})`);
    }
    const field = data.version === 1 ? 'secretSha256' : 'secretId';
    const entries = data.entries.map((e, i) => {
        if (typeof e?.ruleId !== 'string' || typeof e.path !== 'string' || typeof e[field] !== 'string' || !HEX64.test(e[field])) {
            throw new errors_1.ConfigError(`${shown}: entries[${i}]: needs ruleId, path and a 64-hex ${field}`);
        }
        return { ruleId: e.ruleId, path: e.path, secretId: e[field] };
    });
    if (data.version === 1)
        return { kind: 'legacy', entries, shown };
    const identity = data.identity;
    if (!identity || (identity.scheme !== 'public-v2' && identity.scheme !== 'keyed-v2'))
        throw new errors_1.ConfigError(`${shown}: identity: must name the scheme (public-v2 or keyed-v2)`);
    return { kind: 'current', baseline: { version: 2, identity, entries }, shown };
}
/** Throws when a baseline was written with other identities than this run computes (another key, or none). */
function checkScheme(loaded, run) {
    if (loaded.kind !== 'current')
        return;
    const b = loaded.baseline.identity;
    if (b.scheme === run.scheme && b.keyId === run.keyId)
        return;
    const describe = (s) => (s.scheme === 'keyed-v2' ? `a hash key (id ${s.keyId})` : 'no hash key');
    throw new errors_1.ConfigError(`${loaded.shown}: written with ${describe(b)}, but this run uses ${describe(run)}; set the same TOKENGUARD_HASH_KEY (or none) on every machine that shares the baseline`);
}
/** The one-line warning an old baseline gets. */
function legacyWarning(shown) {
    return `${shown}: an old baseline (version 1: a plain SHA-256 of each secret, which a dictionary reverses for human passwords); rewrite it with: tokenguard baseline migrate --from ${shown}`;
}
/** Drops findings the baseline already accepts. */
function applyBaseline(findings, loaded, run) {
    checkScheme(loaded, run);
    const entries = loaded.kind === 'current' ? loaded.baseline.entries : loaded.entries;
    const known = new Set(entries.map(key));
    const idOf = (f) => (loaded.kind === 'current' ? f.secretId : (0, identity_1.legacySha256)(f.identityText ?? f.secret));
    const kept = findings.filter((f) => !known.has(key({ ruleId: f.ruleId, path: f.path, secretId: idOf(f) })));
    return { kept, suppressed: findings.length - kept.length, warnings: loaded.kind === 'legacy' ? [legacyWarning(loaded.shown)] : [] };
}
/**
 * Rewrites an old baseline with current identities: each old entry whose secret the scan found again
 * (same rule, path and plain SHA-256) carries over; the others cannot be re-derived and are dropped.
 */
function migrateBaseline(old, findings, run) {
    const wanted = new Set(old.map(key));
    const matched = new Set();
    const carried = [];
    for (const f of findings) {
        const legacy = key({ ruleId: f.ruleId, path: f.path, secretId: (0, identity_1.legacySha256)(f.identityText ?? f.secret) });
        if (!wanted.has(legacy))
            continue;
        matched.add(legacy);
        carried.push(f);
    }
    const baseline = createBaseline(carried, run);
    return { baseline, carried: matched.size, dropped: wanted.size - matched.size };
}
