"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Verifier = void 0;
const http_1 = require("./http");
const limiter_1 = require("./limiter");
const outcome_1 = require("./outcome");
const mask_1 = require("./mask");
const aws_1 = require("./providers/aws");
const aws_pairs_1 = require("./providers/aws-pairs");
const request_1 = require("./request");
const template_1 = require("./template");
const rule_facts_1 = require("../engine/rule-facts");
/** The rule that may verify a secret, or why none may: the most specific rule, if it is alone at the top. */
function verifierFor(ruleIds, rules) {
    const defs = [...ruleIds].map((id) => rules.get(id)).filter((d) => d !== undefined);
    const top = Math.max(...defs.map(rule_facts_1.rulePriority));
    const best = defs.filter((d) => (0, rule_facts_1.rulePriority)(d) === top);
    // Rules of one provider that check the same way (an Agent-config rule and the plain key rule) are not rivals.
    const same = best.every((d) => d.provider === best[0].provider && JSON.stringify(d.verify) === JSON.stringify(best[0].verify));
    if (best.length > 1 && !same)
        return {
            reason: `ambiguous: matched by ${best
                .map((d) => d.id)
                .sort()
                .join(' and ')}; sent to neither provider`,
        };
    return { rule: best[0] };
}
/** Template values for a finding: the secret and what the spec needs; undefined when a need is missing. */
function varsFor(spec, f) {
    const vars = { secret: f.secret };
    for (const [k, v] of Object.entries(f.needs ?? {}))
        vars[`needs.${k}`] = v;
    const r = spec.request;
    const used = r ? (0, template_1.requestNames)(r) : ['needs.key_id']; // aws-sts: the session token is optional (long-term keys have none)
    const missing = used.find((n) => !(n in vars));
    return missing ? { missing } : { vars };
}
class Verifier {
    rules;
    options;
    cache = new Map();
    limiter;
    policy;
    constructor(rules, options) {
        this.rules = rules;
        this.options = options;
        this.limiter = new limiter_1.Limiter(options.perSecond ?? 5, options.concurrency ?? 8);
        this.policy = { ...http_1.DEFAULT_HTTP_POLICY, ...options.policy };
    }
    /** Sets `verification` on every finding. */
    async verifyAll(findings) {
        const bySecret = new Map();
        for (const f of findings)
            bySecret.set(f.secretId, (bySecret.get(f.secretId) ?? new Set()).add(f.ruleId));
        await Promise.all(findings.map(async (f) => {
            const { rule, reason } = verifierFor(bySecret.get(f.secretId), this.rules);
            f.verification = rule ? await this.verify(rule, f) : { status: 'skipped', checkedAt: new Date().toISOString(), reason };
        }));
    }
    /** Verifies one finding against `rule` (cached per rule and secret). */
    verify(rule, f) {
        const key = `${rule.id}\0${f.secretId}`;
        let pending = this.cache.get(key);
        if (!pending) {
            pending = this.check(rule, f);
            this.cache.set(key, pending);
        }
        return pending;
    }
    async check(rule, f) {
        const checkedAt = new Date().toISOString();
        const spec = rule.verify;
        if (!spec)
            return { status: 'skipped', checkedAt, reason: `no verifier for ${rule.id}` };
        const provider = (0, rule_facts_1.ruleProvider)(rule);
        const endpoint = this.options.endpoints.get(provider);
        const { vars, missing } = varsFor(spec, f);
        if (!vars)
            return { status: 'skipped', checkedAt, reason: `needs ${missing.replace('needs.', '')} near the secret, and none was found` };
        const call = { rule, provider, f, overridden: endpoint !== undefined };
        let outcome;
        if (spec.module === 'aws-sts') {
            const keyIds = f.needCandidates?.key_id ?? [vars['needs.key_id']];
            outcome = await (0, aws_pairs_1.verifyPairs)(keyIds, {
                attempt: async (keyId) => {
                    const { res, outcome: o } = await this.exchange(call, () => (0, aws_1.stsRequest)(keyId, f.secret, vars['needs.session_token'], new Date(), endpoint), (r, at) => (0, aws_1.stsOutcome)(r, at).outcome);
                    return res ?? { failure: o.reason ?? 'request failed' };
                },
                retryDelayMs: this.options.awsRetryDelayMs ?? 1500,
                sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
                now: () => new Date().toISOString(),
            });
        }
        else {
            outcome = (await this.exchange(call, () => (0, request_1.prepareRequest)(spec.request, vars, endpoint), (r, at) => (0, outcome_1.judge)(spec.outcomes, r, at))).outcome;
        }
        return (0, mask_1.maskCaptures)(outcome, f.secret);
    }
    /** Sends one request through the limiter, judges the answer and writes the audit line. */
    exchange(call, build, judgeRes) {
        let request;
        try {
            request = build(); // a request that cannot be built takes no turn in the limiter
        }
        catch (err) {
            return Promise.resolve({ outcome: { status: 'unknown', checkedAt: new Date().toISOString(), reason: `cannot build the request: ${err.message}` } });
        }
        return this.limiter.run(call.provider, async () => {
            // Built again when it really goes: a signed request (AWS) must carry its send time, not its queue time.
            request = build();
            const started = Date.now();
            const checkedAt = new Date().toISOString();
            let res;
            let outcome;
            try {
                res = await (0, http_1.send)(request, { ...this.policy, allowLocal: call.overridden });
                outcome = judgeRes(res, checkedAt);
            }
            catch (err) {
                outcome = { status: 'unknown', checkedAt, reason: err instanceof http_1.HttpFailure ? err.reason : 'request failed' };
            }
            this.options.audit.write({
                action: 'verify',
                provider: call.provider,
                ruleId: call.rule.id,
                host: request.url.host,
                method: request.method,
                status: res?.status,
                outcome: outcome.status,
                fingerprint: call.f.fingerprint,
                durationMs: Date.now() - started,
                detail: outcome.reason,
            });
            return { res, outcome };
        });
    }
}
exports.Verifier = Verifier;
