/**
 * Rotate hooks (--run-hooks): for each matching finding, a shell command gets the finding as JSON on
 * stdin, or a webhook gets it by POST. The secret is passed only when the hook asks (passSecret), and
 * then to commands in TOKENGUARD_SECRET, never in the JSON. Every run is audited; a failing or
 * timed-out hook is reported and makes the exit code 2. tokenguard does not sandbox hook commands:
 * they run with the user's rights, like any script in their config.
 */
import { spawn } from 'node:child_process';
import type { HookConfig } from '../config/types';
import type { Finding } from '../engine/finding';
import { HttpFailure, send, DEFAULT_HTTP_POLICY } from '../verify/http';
import { isPrivateAddress } from '../verify/addresses';
import type { AuditLog } from '../audit/log';

const DEFAULT_TIMEOUT_MS = 30_000;

/** What one hook run did. */
export interface HookRun {
  hook: string;
  fingerprint: string;
  ok: boolean;
  detail: string;
}

/** The JSON a hook receives: enough to act on, no secret. */
export function hookPayload(f: Finding, locations = 1): Record<string, unknown> {
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

function triggers(hook: HookConfig, f: Finding): boolean {
  if (hook.on === 'active' && f.verification?.status !== 'active') return false;
  if (hook.on === 'inactive' && f.verification?.status !== 'inactive') return false;
  if (!hook.rule) return true;
  const match = (require('picomatch') as typeof import('picomatch'))(hook.rule);
  return match(f.ruleId);
}

function runCommand(hook: HookConfig, f: Finding, locations: number): Promise<{ ok: boolean; detail: string }> {
  const timeout = hook.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return new Promise((resolve) => {
    const env = { ...process.env };
    delete env.TOKENGUARD_SECRET;
    if (hook.passSecret) env.TOKENGUARD_SECRET = f.secret;
    // The hook's own output is not captured: with passSecret it could print the secret into our logs.
    const child = spawn('/bin/sh', ['-c', hook.run!], { env, stdio: ['pipe', 'ignore', 'ignore'], detached: true });
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
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
      if (signal) return;
      resolve(code === 0 ? { ok: true, detail: 'exit 0' } : { ok: false, detail: `exit ${code}` });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(JSON.stringify(hookPayload(f, locations)) + '\n');
  });
}

async function callWebhook(hook: HookConfig, f: Finding, locations: number): Promise<{ ok: boolean; detail: string; status?: number }> {
  const url = new URL(hook.webhook!);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && (host === 'localhost' || isPrivateAddress(host)))) {
    return { ok: false, detail: 'refused: webhooks must use https (http only to this machine or a private address)' };
  }
  const payload = { ...hookPayload(f, locations), ...(hook.passSecret ? { secret: f.secret } : {}) };
  try {
    const res = await send(
      { method: 'POST', url, headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) },
      { ...DEFAULT_HTTP_POLICY, allowLocal: true, requestTimeoutMs: hook.timeoutMs ?? DEFAULT_TIMEOUT_MS, connectTimeoutMs: Math.min(hook.timeoutMs ?? DEFAULT_TIMEOUT_MS, 5000) },
    );
    const ok = res.status >= 200 && res.status < 300;
    return { ok, detail: `HTTP ${res.status}`, status: res.status };
  } catch (err) {
    return { ok: false, detail: err instanceof HttpFailure ? err.reason : 'request failed' };
  }
}

/** One finding per distinct secret (rule and hash), with how many places it was found: a token is rotated once. */
function distinctSecrets(findings: Finding[]): Map<Finding, number> {
  const first = new Map<string, Finding>();
  const counts = new Map<Finding, number>();
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
export async function runHooks(findings: Finding[], hooks: HookConfig[], audit: AuditLog): Promise<HookRun[]> {
  const runs: HookRun[] = [];
  for (const [i, hook] of hooks.entries()) {
    const name = hook.run ? `hooks[${i}] (command)` : `hooks[${i}] (webhook ${new URL(hook.webhook!).host})`;
    for (const [f, locations] of distinctSecrets(findings.filter((x) => triggers(hook, x)))) {
      const started = Date.now();
      const r = hook.run ? await runCommand(hook, f, locations) : await callWebhook(hook, f, locations);
      audit.write({
        action: 'hook',
        provider: f.provider,
        ruleId: f.ruleId,
        host: hook.webhook ? new URL(hook.webhook).host : undefined,
        method: hook.webhook ? 'POST' : 'exec',
        status: (r as { status?: number }).status,
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
