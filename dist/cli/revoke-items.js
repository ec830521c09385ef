"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadReport = loadReport;
exports.redetectionSpec = redetectionSpec;
exports.selectEntries = selectEntries;
exports.candidatesFor = candidatesFor;
/**
 * Turns a JSON report into the secrets `tokenguard revoke` acts on: each distinct secret once, taken
 * from the report when it was written with --show-secrets, or else re-read from the file or git blob
 * the report names and found again by rule and secret identity (so a redacted report is enough). A
 * report from before identities v2 carries `secretSha256`; it is matched by the plain hash, in memory.
 * Re-detection runs with the engine options the report records (decode depth, inline markers, whether
 * suppressions were on), so a secret only a deeper decoding or a --no-suppress scan found is found again.
 */
const node_fs_1 = require("node:fs");
const identity_1 = require("../engine/identity");
const ruleset_1 = require("../engine/ruleset");
const errors_1 = require("../errors");
const item_1 = require("../scan/item");
const reread_1 = require("../sources/reread");
/** An entry's identity as the report wrote it, new or old. */
const idOf = (e) => e.secretId ?? e.secretSha256 ?? '';
const isEntry = (f) => {
    const e = f;
    return !!e && typeof e.ruleId === 'string' && typeof e.path === 'string' && (typeof e.secretId === 'string' || typeof e.secretSha256 === 'string') && typeof e.fingerprint === 'string';
};
const isBool = (v) => v === undefined || typeof v === 'boolean';
/** The report's engine record, shape-checked (undefined when it has none). */
function engineOf(file, value) {
    if (value === undefined)
        return undefined;
    const e = value;
    const depthOk = typeof e?.decodeDepth === 'number' && Number.isSafeInteger(e.decodeDepth) && e.decodeDepth >= 0;
    const markersOk = Array.isArray(e?.ignoreMarkers) && e.ignoreMarkers.every((m) => typeof m === 'string');
    if (!e || !depthOk || !markersOk || !isBool(e.markInline) || !isBool(e.suppress)) {
        throw new errors_1.InputError(`${file}: engine: expected {"decodeDepth": a whole number, "ignoreMarkers": [strings]}`);
    }
    return e;
}
/**
 * Reads and shape-checks a report file; errors name the file.
 * @lazy loaded with require() by cli/commands/revoke.ts, which knip does not follow
 */
function loadReport(file) {
    let data;
    try {
        data = JSON.parse((0, node_fs_1.readFileSync)(file, 'utf8'));
    }
    catch (err) {
        const code = err.code;
        throw new errors_1.InputError(`${file}: ${code ? `cannot read report: ${code}` : 'not JSON; write the report with scan --format json'}`);
    }
    const r = data;
    if (!r || !Array.isArray(r.findings))
        throw new errors_1.InputError(`${file}: not a tokenguard JSON report (no findings list)`);
    const bad = r.findings.findIndex((f) => !isEntry(f));
    if (bad >= 0)
        throw new errors_1.InputError(`${file}: findings[${bad}]: missing ruleId, path, secretId or fingerprint`);
    const identity = r.identity && typeof r.identity === 'object' ? r.identity : undefined;
    const engine = engineOf(file, r.engine);
    return { root: typeof r.root === 'string' ? r.root : undefined, secretsShown: r.secretsShown === true, identity, engine, findings: r.findings };
}
/**
 * The rules a redacted report's secrets are re-detected with: `spec` (the config's rules, loaded with the
 * report's `suppress`) running with the engine options the report records.
 * @lazy loaded with require() by cli/commands/revoke.ts, which knip does not follow
 */
function redetectionSpec(spec, report) {
    return report.engine ? { ...spec, engine: (0, ruleset_1.engineFromRecord)(report.engine) } : spec;
}
/**
 * The report's findings chosen by --rule and --only-active, one per distinct rule and secret.
 * @lazy loaded with require() by cli/commands/revoke.ts, which knip does not follow
 */
function selectEntries(report, ruleMatch, onlyActive) {
    if (onlyActive && !report.findings.some((f) => f.verification))
        throw new errors_1.UsageError('--only-active: the report has no verification results; scan with --verify first');
    const chosen = new Map();
    for (const f of report.findings) {
        if (!ruleMatch(f.ruleId) || (onlyActive && f.verification?.status !== 'active'))
            continue;
        const key = `${f.ruleId}\0${idOf(f)}`;
        const seen = chosen.get(key);
        if (seen)
            seen.locations++;
        else
            chosen.set(key, { entry: f, locations: 1 });
    }
    return [...chosen.values()];
}
/** True when `secret` has the identity the entry records (computed the way the report did). */
async function matches(entry, secret, ids) {
    return entry.secretId !== undefined ? (await ids.get(secret)) === entry.secretId : (0, identity_1.legacySha256)(secret) === entry.secretSha256;
}
/** Finds the secret again at the entry's location with the same rule and identity. */
async function recover(entry, root, ruleSet, ids) {
    if (!root)
        throw new errors_1.InputError(`${entry.path}: the report records no root to re-read from; scan again with --show-secrets`);
    const bytes = await (0, reread_1.reread)({ root, path: entry.path, source: entry.source, blob: entry.blob });
    const found = (0, item_1.analyzeContent)(bytes, entry.path, { kind: entry.source }, ruleSet);
    for (const f of found)
        if (f.ruleId === entry.ruleId && (await matches(entry, f.secret, ids)))
            return { secret: f.secret, needs: f.needs };
    throw new errors_1.InputError(`${entry.path}: the secret is no longer there; scan again with --show-secrets`);
}
/**
 * Resolves each chosen entry to a RevokeItem, or a problem saying why it cannot be revoked.
 * @lazy loaded with require() by cli/commands/revoke.ts, which knip does not follow
 */
async function candidatesFor(report, chosen, ruleSet, ids) {
    const out = [];
    const run = (0, identity_1.identityScheme)(ids.key);
    // Identities from another key cannot be computed here: say so instead of "no longer there".
    const otherKey = report.identity !== undefined && (report.identity.scheme !== run.scheme || report.identity.keyId !== run.keyId);
    for (const { entry, locations } of chosen) {
        const where = `${entry.path}${entry.line ? `:${entry.line}` : ''}`;
        try {
            if (otherKey)
                throw new errors_1.InputError(`${entry.path}: the report was written with another hash key (or none); run revoke with the same TOKENGUARD_HASH_KEY`);
            const shown = report.secretsShown && (await matches(entry, entry.secret, ids));
            const got = shown ? { secret: entry.secret, needs: entry.needs } : await recover(entry, report.root, ruleSet(), ids);
            out.push({ entry, locations, item: { ruleId: entry.ruleId, secret: got.secret, needs: got.needs, fingerprint: entry.fingerprint, where } });
        }
        catch (err) {
            out.push({ entry, locations, problem: err.message });
        }
    }
    return out;
}
