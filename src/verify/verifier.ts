/**
 * Opt-in verification: asks each finding's provider whether the secret is live. Each distinct secret
 * is checked once per run (cache by rule and secret SHA-256); a secret two equally specific rules
 * matched goes to neither provider; requests are rate-limited per provider and capped overall, and
 * every one is written to the audit log, without the secret. Captured values are masked against the
 * secret before they reach the finding (providers may echo the token).
 */
import type { Finding } from '../engine/finding';
import type { AuditLog } from '../audit/log';
import type { RuleDefinition } from '../rules/types';
import { DEFAULT_HTTP_POLICY, HttpFailure, send, type HttpPolicy, type HttpRequest, type HttpResponse } from './http';
import { Limiter } from './limiter';
import { judge } from './outcome';
import { maskCaptures } from './mask';
import { stsOutcome, stsRequest } from './providers/aws';
import { verifyPairs } from './providers/aws-pairs';
import { prepareRequest } from './request';
import { requestNames } from './template';
import type { VerifyOutcome, VerifySpec } from './types';
import { rulePriority, ruleProvider } from '../engine/rule-facts';

/** How verification runs. */
export interface VerifyOptions {
  /** Per-provider base URL overrides (--endpoint PROVIDER=URL). */
  endpoints: Map<string, URL>;
  audit: AuditLog;
  policy?: Partial<HttpPolicy>;
  perSecond?: number;
  concurrency?: number;
  /** Pause before retrying an AWS SignatureDoesNotMatch once (default 1.5 s). */
  awsRetryDelayMs?: number;
}

/** One secret's verification: which rule and provider, and whether an --endpoint override applies. */
interface Call {
  rule: RuleDefinition;
  provider: string;
  f: Finding;
  overridden: boolean;
}

/** The rule that may verify a secret, or why none may: the most specific rule, if it is alone at the top. */
function verifierFor(ruleIds: Set<string>, rules: Map<string, RuleDefinition>): { rule?: RuleDefinition; reason?: string } {
  const defs = [...ruleIds].map((id) => rules.get(id)).filter((d): d is RuleDefinition => d !== undefined);
  const top = Math.max(...defs.map(rulePriority));
  const best = defs.filter((d) => rulePriority(d) === top);
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
function varsFor(spec: VerifySpec, f: Finding): { vars?: Record<string, string>; missing?: string } {
  const vars: Record<string, string> = { secret: f.secret };
  for (const [k, v] of Object.entries(f.needs ?? {})) vars[`needs.${k}`] = v;
  const r = spec.request;
  const used = r ? requestNames(r) : ['needs.key_id']; // aws-sts: the session token is optional (long-term keys have none)
  const missing = used.find((n) => !(n in vars));
  return missing ? { missing } : { vars };
}

export class Verifier {
  private readonly cache = new Map<string, Promise<VerifyOutcome>>();
  private readonly limiter: Limiter;
  private readonly policy: HttpPolicy;

  constructor(
    private readonly rules: Map<string, RuleDefinition>,
    private readonly options: VerifyOptions,
  ) {
    this.limiter = new Limiter(options.perSecond ?? 5, options.concurrency ?? 8);
    this.policy = { ...DEFAULT_HTTP_POLICY, ...options.policy };
  }

  /** Sets `verification` on every finding. */
  async verifyAll(findings: Finding[]): Promise<void> {
    const bySecret = new Map<string, Set<string>>();
    for (const f of findings) bySecret.set(f.secretId, (bySecret.get(f.secretId) ?? new Set()).add(f.ruleId));
    await Promise.all(
      findings.map(async (f) => {
        const { rule, reason } = verifierFor(bySecret.get(f.secretId)!, this.rules);
        f.verification = rule ? await this.verify(rule, f) : { status: 'skipped', checkedAt: new Date().toISOString(), reason };
      }),
    );
  }

  /** Verifies one finding against `rule` (cached per rule and secret). */
  verify(rule: RuleDefinition, f: Finding): Promise<VerifyOutcome> {
    const key = `${rule.id}\0${f.secretId}`;
    let pending = this.cache.get(key);
    if (!pending) {
      pending = this.check(rule, f);
      this.cache.set(key, pending);
    }
    return pending;
  }

  private async check(rule: RuleDefinition, f: Finding): Promise<VerifyOutcome> {
    const checkedAt = new Date().toISOString();
    const spec = rule.verify;
    if (!spec) return { status: 'skipped', checkedAt, reason: `no verifier for ${rule.id}` };
    const provider = ruleProvider(rule);
    const endpoint = this.options.endpoints.get(provider);
    const { vars, missing } = varsFor(spec, f);
    if (!vars) return { status: 'skipped', checkedAt, reason: `needs ${missing!.replace('needs.', '')} near the secret, and none was found` };
    const call: Call = { rule, provider, f, overridden: endpoint !== undefined };
    let outcome: VerifyOutcome;
    if (spec.module === 'aws-sts') {
      const keyIds = f.needCandidates?.key_id ?? [vars['needs.key_id']];
      outcome = await verifyPairs(keyIds, {
        attempt: async (keyId) => {
          const { res, outcome: o } = await this.exchange(
            call,
            () => stsRequest(keyId, f.secret, vars['needs.session_token'], new Date(), endpoint),
            (r, at) => stsOutcome(r, at).outcome,
          );
          return res ?? { failure: o.reason ?? 'request failed' };
        },
        retryDelayMs: this.options.awsRetryDelayMs ?? 1500,
        sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
        now: () => new Date().toISOString(),
      });
    } else {
      outcome = (
        await this.exchange(
          call,
          () => prepareRequest(spec.request!, vars, endpoint),
          (r, at) => judge(spec.outcomes, r, at),
        )
      ).outcome;
    }
    return maskCaptures(outcome, f.secret);
  }

  /** Sends one request through the limiter, judges the answer and writes the audit line. */
  private exchange(call: Call, build: () => HttpRequest, judgeRes: (res: HttpResponse, checkedAt: string) => VerifyOutcome): Promise<{ res?: HttpResponse; outcome: VerifyOutcome }> {
    let request: HttpRequest;
    try {
      request = build(); // a request that cannot be built takes no turn in the limiter
    } catch (err) {
      return Promise.resolve({ outcome: { status: 'unknown', checkedAt: new Date().toISOString(), reason: `cannot build the request: ${(err as Error).message}` } });
    }
    return this.limiter.run(call.provider, async () => {
      // Built again when it really goes: a signed request (AWS) must carry its send time, not its queue time.
      request = build();
      const started = Date.now();
      const checkedAt = new Date().toISOString();
      let res: HttpResponse | undefined;
      let outcome: VerifyOutcome;
      try {
        res = await send(request, { ...this.policy, allowLocal: call.overridden });
        outcome = judgeRes(res, checkedAt);
      } catch (err) {
        outcome = { status: 'unknown', checkedAt, reason: err instanceof HttpFailure ? err.reason : 'request failed' };
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
