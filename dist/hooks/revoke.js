"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.revokeAll = revokeAll;
const http_1 = require("../verify/http");
const outcome_1 = require("../verify/outcome");
const request_1 = require("../verify/request");
const template_1 = require("../verify/template");
const rule_facts_1 = require("../engine/rule-facts");
function parse(body) {
    try {
        return JSON.parse(body);
    }
    catch {
        return undefined;
    }
}
function describe(spec) {
    return spec.steps.map((s) => `${s.request.method} ${new URL(s.request.url.replace(/\{\{[^}]*\}\}/g, 'x')).host}`).join(', then ');
}
/** Runs a spec's steps for one secret (or a batch, via {{secrets_json}}); throws with a reason on failure. */
async function runSteps(rule, spec, vars, fingerprint, opts) {
    const provider = (0, rule_facts_1.ruleProvider)(rule);
    const endpoint = opts.endpoints.get(provider);
    for (const [i, step] of spec.steps.entries()) {
        const req = (0, request_1.prepareRequest)(step.request, vars, endpoint);
        const started = Date.now();
        let res;
        let json;
        let ok = false;
        try {
            res = await (0, http_1.send)(req, { ...http_1.DEFAULT_HTTP_POLICY, allowLocal: endpoint !== undefined });
            json = parse(res.body);
            ok = succeeded(step, res, json);
        }
        finally {
            opts.audit.write({
                action: 'revoke',
                provider,
                ruleId: rule.id,
                host: req.url.host,
                method: req.method,
                status: res?.status,
                outcome: ok ? 'ok' : 'failed',
                fingerprint,
                durationMs: Date.now() - started,
                detail: `step ${i + 1} of ${spec.steps.length}`,
            });
        }
        if (!ok)
            throw new Error(`step ${i + 1} (${req.method} ${req.url.host}) answered ${res.status}`);
        for (const [name, c] of Object.entries(step.capture ?? {})) {
            const value = (0, outcome_1.captureValue)(c, res, json, (t) => (0, template_1.render)(t, vars));
            if (value === undefined)
                throw new Error(`step ${i + 1} did not return ${name}`);
            vars[`steps.${i}.${name}`] = value;
        }
    }
    return `${describe(spec)}: done`;
}
function succeeded(step, res, json) {
    return (0, outcome_1.statusMatches)(step.success?.status ?? '2xx', res.status) && (0, outcome_1.jsonMatches)(step.success?.json, json);
}
/**
 * Revokes (or, in a dry run, describes revoking) each item by its rule's spec.
 * @lazy loaded with require() by cli/commands/revoke.ts, which knip does not follow
 */
async function revokeAll(items, rules, opts) {
    const results = [];
    const byRule = new Map();
    for (const item of items)
        byRule.set(item.ruleId, [...(byRule.get(item.ruleId) ?? []), item]);
    for (const [ruleId, group] of byRule) {
        const rule = rules.get(ruleId);
        const spec = rule?.revoke;
        if (!rule || !spec) {
            for (const item of group)
                results.push({ item, status: 'no-revoker', detail: `no revoke spec for ${ruleId}; revoke it in the provider's console` });
            continue;
        }
        if (opts.dryRun) {
            for (const item of group)
                results.push({ item, status: 'would-revoke', detail: describe(spec) });
            continue;
        }
        if (spec.batch)
            results.push(...(await revokeBatched(rule, spec, group, opts)));
        else {
            for (const item of group) {
                const vars = { secret: item.secret };
                for (const [k, v] of Object.entries(item.needs ?? {}))
                    vars[`needs.${k}`] = v;
                try {
                    results.push({ item, status: 'revoked', detail: await runSteps(rule, spec, vars, item.fingerprint, opts) });
                }
                catch (err) {
                    results.push({ item, status: 'failed', detail: err instanceof http_1.HttpFailure ? err.reason : err.message });
                }
            }
        }
    }
    return results;
}
/** One request per batch of up to `max` secrets; past the hourly allowance the rest wait for the next run. */
async function revokeBatched(rule, spec, group, opts) {
    const { max, perHour } = spec.batch;
    const results = [];
    const unique = [...new Map(group.map((g) => [g.secret, g])).values()];
    for (let start = 0, sent = 0; start < unique.length; start += max, sent++) {
        const batch = unique.slice(start, start + max);
        const members = group.filter((g) => batch.some((b) => b.secret === g.secret));
        if (perHour !== undefined && sent >= perHour) {
            for (const item of members)
                results.push({ item, status: 'deferred', detail: `the provider allows ${perHour} revocation requests an hour; run again later` });
            continue;
        }
        try {
            const detail = await runSteps(rule, spec, { secrets_json: JSON.stringify(batch.map((b) => b.secret)) }, batch.map((b) => b.fingerprint).join(','), opts);
            for (const item of members)
                results.push({ item, status: 'revoked', detail });
        }
        catch (err) {
            for (const item of members)
                results.push({ item, status: 'failed', detail: err instanceof http_1.HttpFailure ? err.reason : err.message });
        }
    }
    return results;
}
