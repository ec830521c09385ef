"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AuditLog = void 0;
exports.addVerifyOptions = addVerifyOptions;
exports.endpointsFrom = endpointsFrom;
exports.verifyStep = verifyStep;
exports.hookStep = hookStep;
const errors_1 = require("../errors");
const log_1 = require("../audit/log");
Object.defineProperty(exports, "AuditLog", { enumerable: true, get: function () { return log_1.AuditLog; } });
const setup_1 = require("./setup");
const rule_facts_1 = require("../engine/rule-facts");
/** Adds --verify, --only-active, --endpoint and --audit-log. */
function addVerifyOptions(cmd) {
    return cmd
        .option('--verify', 'ask each provider whether the secret is live (sends it to that provider only; off by default)')
        .option('--only-active', 'with --verify: report only secrets the provider confirmed as active')
        .option('--endpoint <provider=url>', 'base URL for a provider, e.g. github=https://ghe.example.com/api/v3 (repeatable)', setup_1.collect)
        .option('--audit-log <file>', 'append a JSON line for every verification, revocation and hook run (never the secret)');
}
/**
 * Parses --endpoint values and the trusted configs' verify.endpoints against the known providers.
 * Errors name the flag or key, never the URL: an endpoint can carry credentials.
 */
function endpointsFrom(flags = [], verify, rules) {
    const providers = new Set([...rules.values()].map(rule_facts_1.ruleProvider));
    const out = new Map();
    const add = (provider, value, where) => {
        if (!providers.has(provider))
            throw new errors_1.UsageError(`${where}: unknown provider`);
        let url;
        try {
            url = new URL(value);
        }
        catch {
            throw new errors_1.UsageError(`${where}: not a URL`);
        }
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            throw new errors_1.UsageError(`${where}: only http(s) URLs`);
        out.set(provider, url);
    };
    for (const [p, u] of Object.entries(verify.endpoints ?? {}))
        add(p, u, `verify.endpoints.${p}`);
    flags.forEach((f, i) => {
        const eq = f.indexOf('=');
        if (eq <= 0)
            throw new errors_1.UsageError(`--endpoint (#${i + 1}): expected PROVIDER=URL`);
        add(f.slice(0, eq), f.slice(eq + 1), `--endpoint (#${i + 1}, provider ${f.slice(0, eq)})`);
    });
    return out;
}
/** Verifies (when asked) and filters to active secrets (when asked). Returns the findings to report. */
async function verifyStep(findings, flags, verify, rules, audit) {
    if (flags.onlyActive && !flags.verify)
        throw new errors_1.UsageError('--only-active: needs --verify');
    if (!flags.verify)
        return findings;
    // The network stack (tls, http) loads only when verification is asked for.
    const { Verifier } = require('../verify/verifier');
    const verifier = new Verifier(rules, {
        endpoints: endpointsFrom(flags.endpoint, verify, rules),
        audit,
        perSecond: verify.rateLimit,
        concurrency: verify.concurrency,
        policy: { ...(verify.connectTimeoutMs ? { connectTimeoutMs: verify.connectTimeoutMs } : {}), ...(verify.requestTimeoutMs ? { requestTimeoutMs: verify.requestTimeoutMs } : {}) },
    });
    await verifier.verifyAll(findings);
    return flags.onlyActive ? findings.filter((f) => f.verification?.status === 'active') : findings;
}
/** Runs the trusted hooks when --run-hooks is given (a repository config's hooks need --trust-repo-config). */
async function hookStep(findings, flags, hooks, setAside, audit) {
    if (!flags.runHooks)
        return [];
    if (!hooks.length && setAside)
        return []; // the warning saying why is in the report
    if (!hooks.length)
        throw new errors_1.UsageError('--run-hooks: the config defines no hooks');
    const { runHooks } = require('../hooks/rotate');
    return runHooks(findings, hooks, audit);
}
