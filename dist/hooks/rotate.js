"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.hookPayload = hookPayload;
exports.runHooks = runHooks;
/**
 * Rotate hooks (--run-hooks): for each matching finding, a shell command gets the finding as JSON on
 * stdin, or a webhook gets it by POST. The secret is passed only when the hook asks (passSecret), and
 * then to commands in TOKENGUARD_SECRET, never in the JSON. Every run is audited; a failing or
 * timed-out hook is reported and makes the exit code 2. tokenguard does not sandbox hook commands:
 * they run with the user's rights, like any script in their config.
 */
const node_child_process_1 = require("node:child_process");
const http_1 = require("../verify/http");
const addresses_1 = require("../verify/addresses");
const DEFAULT_TIMEOUT_MS = 30_000;
/** The JSON a hook receives: enough to act on, no secret. */
function hookPayload(f, locations = 1) {
    return {
        locations,
        rule: f.ruleId,
        ruleName: f.ruleName,
        provider: f.provider,
        severity: f.severity,
        path: f.path,
        line: f.line,
        commit: f.commit,
        fingerprint: f.fingerprint,
        secretId: f.secretId,
        verification: f.verification,
    };
}
function triggers(hook, f) {
    if (hook.on === 'active' && f.verification?.status !== 'active')
        return false;
    if (hook.on === 'inactive' && f.verification?.status !== 'inactive')
        return false;
    if (!hook.rule)
        return true;
    const match = require('picomatch')(hook.rule);
    return match(f.ruleId);
}
function runCommand(hook, f, locations) {
    const timeout = hook.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    return new Promise((resolve) => {
        const env = { ...process.env };
        delete env.TOKENGUARD_SECRET;
        if (hook.passSecret)
            env.TOKENGUARD_SECRET = f.secret;
        // The hook's own output is not captured: with passSecret it could print the secret into our logs.
        const child = (0, node_child_process_1.spawn)('/bin/sh', ['-c', hook.run], { env, stdio: ['pipe', 'ignore', 'ignore'], detached: true });
        const timer = setTimeout(() => {
            try {
                process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                child.kill('SIGKILL');
            }
            resolve({ ok: false, detail: `timed out after ${timeout} ms` });
        }, timeout);
        child.on('error', (err) => {
            clearTimeout(timer);
            resolve({ ok: false, detail: `could not start: ${err.message}` });
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (signal)
                return;
            resolve(code === 0 ? { ok: true, detail: 'exit 0' } : { ok: false, detail: `exit ${code}` });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(JSON.stringify(hookPayload(f, locations)) + '\n');
    });
}
async function callWebhook(hook, f, locations) {
    const url = new URL(hook.webhook);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (host === 'localhost' || (0, addresses_1.isPrivateAddress)(host)))) {
        return { ok: false, detail: 'refused: webhooks must use https (http only to this machine or a private address)' };
    }
    const payload = { ...hookPayload(f, locations), ...(hook.passSecret ? { secret: f.secret } : {}) };
    try {
        const res = await (0, http_1.send)({ method: 'POST', url, headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) }, { ...http_1.DEFAULT_HTTP_POLICY, allowLocal: true, requestTimeoutMs: hook.timeoutMs ?? DEFAULT_TIMEOUT_MS, connectTimeoutMs: Math.min(hook.timeoutMs ?? DEFAULT_TIMEOUT_MS, 5000) });
        const ok = res.status >= 200 && res.status < 300;
        return { ok, detail: `HTTP ${res.status}`, status: res.status };
    }
    catch (err) {
        return { ok: false, detail: err instanceof http_1.HttpFailure ? err.reason : 'request failed' };
    }
}
/** One finding per distinct secret (rule and hash), with how many places it was found: a token is rotated once. */
function distinctSecrets(findings) {
    const first = new Map();
    const counts = new Map();
    for (const f of findings) {
        const key = `${f.ruleId}\0${f.secretId}`;
        const lead = first.get(key) ?? f;
        first.set(key, lead);
        counts.set(lead, (counts.get(lead) ?? 0) + 1 + (f.alsoIn ?? 0));
    }
    return counts;
}
/**
 * Runs every hook once per distinct secret it applies to; returns one record per run.
 * @lazy loaded with require() by cli/verify-run.ts, which knip does not follow
 */
async function runHooks(findings, hooks, audit) {
    const runs = [];
    for (const [i, hook] of hooks.entries()) {
        const name = hook.run ? `hooks[${i}] (command)` : `hooks[${i}] (webhook ${new URL(hook.webhook).host})`;
        for (const [f, locations] of distinctSecrets(findings.filter((x) => triggers(hook, x)))) {
            const started = Date.now();
            const r = hook.run ? await runCommand(hook, f, locations) : await callWebhook(hook, f, locations);
            audit.write({
                action: 'hook',
                provider: f.provider,
                ruleId: f.ruleId,
                host: hook.webhook ? new URL(hook.webhook).host : undefined,
                method: hook.webhook ? 'POST' : 'exec',
                status: r.status,
                outcome: r.ok ? 'ok' : 'failed',
                fingerprint: f.fingerprint,
                durationMs: Date.now() - started,
                detail: `${name}: ${r.detail}`,
            });
            runs.push({ hook: name, fingerprint: f.fingerprint, ok: r.ok, detail: r.detail });
        }
    }
    return runs;
}
