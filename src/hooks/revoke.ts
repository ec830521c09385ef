/**
 * Revocation from a rule's `revoke` spec: one request, or a lookup whose captures feed the delete, or
 * (GitHub's credential revocation API) one request for a batch of secrets. Dry run unless told
 * otherwise; every request is audited without the secret.
 */
import type { AuditLog } from '../audit/log';
import type { RuleDefinition } from '../rules/types';
import { DEFAULT_HTTP_POLICY, HttpFailure, send, type HttpResponse } from '../verify/http';
import { captureValue, jsonMatches, statusMatches } from '../verify/outcome';
import { prepareRequest } from '../verify/request';
import { render } from '../verify/template';
import type { RevokeSpec, RevokeStep } from '../verify/types';
import { ruleProvider } from '../engine/rule-facts';

/** A secret to revoke, with what its spec may need. */
export interface RevokeItem {
  ruleId: string;
  secret: string;
  needs?: Record<string, string>;
  fingerprint: string;
  /** Where it was found, for messages. */
  where: string;
}

/** What happened to one secret. */
export interface RevokeResult {
  item: RevokeItem;
  status: 'revoked' | 'failed' | 'would-revoke' | 'no-revoker' | 'deferred';
  detail: string;
}

/** How revocation runs. */
export interface RevokeOptions {
  dryRun: boolean;
  audit: AuditLog;
  endpoints: Map<string, URL>;
}

function parse(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function describe(spec: RevokeSpec): string {
  return spec.steps.map((s) => `${s.request.method} ${new URL(s.request.url.replace(/\{\{[^}]*\}\}/g, 'x')).host}`).join(', then ');
}

/** Runs a spec's steps for one secret (or a batch, via {{secrets_json}}); throws with a reason on failure. */
async function runSteps(rule: RuleDefinition, spec: RevokeSpec, vars: Record<string, string>, fingerprint: string, opts: RevokeOptions): Promise<string> {
  const provider = ruleProvider(rule);
  const endpoint = opts.endpoints.get(provider);
  for (const [i, step] of spec.steps.entries()) {
    const req = prepareRequest(step.request, vars, endpoint);
    const started = Date.now();
    let res: HttpResponse | undefined;
    let json: unknown;
    let ok = false;
    try {
      res = await send(req, { ...DEFAULT_HTTP_POLICY, allowLocal: endpoint !== undefined });
      json = parse(res.body);
      ok = succeeded(step, res, json);
    } finally {
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
    if (!ok) throw new Error(`step ${i + 1} (${req.method} ${req.url.host}) answered ${res.status}`);
    for (const [name, c] of Object.entries(step.capture ?? {})) {
      const value = captureValue(c, res, json, (t) => render(t, vars));
      if (value === undefined) throw new Error(`step ${i + 1} did not return ${name}`);
      vars[`steps.${i}.${name}`] = value;
    }
  }
  return `${describe(spec)}: done`;
}

function succeeded(step: RevokeStep, res: HttpResponse, json: unknown): boolean {
  return statusMatches(step.success?.status ?? '2xx', res.status) && jsonMatches(step.success?.json, json);
}

/**
 * Revokes (or, in a dry run, describes revoking) each item by its rule's spec.
 * @lazy loaded with require() by cli/commands/revoke.ts, which knip does not follow
 */
export async function revokeAll(items: RevokeItem[], rules: Map<string, RuleDefinition>, opts: RevokeOptions): Promise<RevokeResult[]> {
  const results: RevokeResult[] = [];
  const byRule = new Map<string, RevokeItem[]>();
  for (const item of items) byRule.set(item.ruleId, [...(byRule.get(item.ruleId) ?? []), item]);
  for (const [ruleId, group] of byRule) {
    const rule = rules.get(ruleId);
    const spec = rule?.revoke;
    if (!rule || !spec) {
      for (const item of group) results.push({ item, status: 'no-revoker', detail: `no revoke spec for ${ruleId}; revoke it in the provider's console` });
      continue;
    }
    if (opts.dryRun) {
      for (const item of group) results.push({ item, status: 'would-revoke', detail: describe(spec) });
      continue;
    }
    if (spec.batch) results.push(...(await revokeBatched(rule, spec, group, opts)));
    else {
      for (const item of group) {
        const vars: Record<string, string> = { secret: item.secret };
        for (const [k, v] of Object.entries(item.needs ?? {})) vars[`needs.${k}`] = v;
        try {
          results.push({ item, status: 'revoked', detail: await runSteps(rule, spec, vars, item.fingerprint, opts) });
        } catch (err) {
          results.push({ item, status: 'failed', detail: err instanceof HttpFailure ? err.reason : (err as Error).message });
        }
      }
    }
  }
  return results;
}

/** One request per batch of up to `max` secrets; past the hourly allowance the rest wait for the next run. */
async function revokeBatched(rule: RuleDefinition, spec: RevokeSpec, group: RevokeItem[], opts: RevokeOptions): Promise<RevokeResult[]> {
  const { max, perHour } = spec.batch!;
  const results: RevokeResult[] = [];
  const unique = [...new Map(group.map((g) => [g.secret, g])).values()];
  for (let start = 0, sent = 0; start < unique.length; start += max, sent++) {
    const batch = unique.slice(start, start + max);
    const members = group.filter((g) => batch.some((b) => b.secret === g.secret));
    if (perHour !== undefined && sent >= perHour) {
      for (const item of members) results.push({ item, status: 'deferred', detail: `the provider allows ${perHour} revocation requests an hour; run again later` });
      continue;
    }
    try {
      const detail = await runSteps(rule, spec, { secrets_json: JSON.stringify(batch.map((b) => b.secret)) }, batch.map((b) => b.fingerprint).join(','), opts);
      for (const item of members) results.push({ item, status: 'revoked', detail });
    } catch (err) {
      for (const item of members) results.push({ item, status: 'failed', detail: err instanceof HttpFailure ? err.reason : (err as Error).message });
    }
  }
  return results;
}
