/**
 * Runs the real Verifier in the test process (no CLI) for one made-up finding, against endpoints on
 * 127.0.0.1: quicker than a scan per case, and the same code path (limiter, guarded client, judging,
 * masking) a scan uses.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../../src/engine/finding';
import { AuditLog } from '../../src/audit/log';
import type { RuleDefinition } from '../../src/rules/types';
import type { VerifyOutcome } from '../../src/verify/types';
import { Verifier, type VerifyOptions } from '../../src/verify/verifier';

/** A finding of `rule` for `secret`, with the values its spec needs (and, optionally, every candidate). */
export function findingFor(rule: RuleDefinition, secret: string, needs: Record<string, string> = {}, needCandidates?: Record<string, string[]>): Finding {
  const sha = createHash('sha256').update(secret).digest('hex');
  return {
    ruleId: rule.id,
    ruleName: rule.name,
    provider: rule.provider ?? rule.id.split('.')[0],
    severity: rule.severity,
    path: 'test.env',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: secret.length + 1,
    secret,
    secretId: sha,
    fingerprint: `${rule.id}:test.env:${sha.slice(0, 12)}`,
    source: 'worktree',
    lineText: secret,
    startOffset: 0,
    endOffset: secret.length,
    needs,
    ...(needCandidates ? { needCandidates } : {}),
  };
}

/** Verifies one finding with a fresh Verifier (so no cache is shared between cases). */
export async function verifyOne(rule: RuleDefinition, finding: Finding, endpoints: Record<string, string>, extra: Partial<VerifyOptions> = {}): Promise<VerifyOutcome> {
  const verifier = new Verifier(new Map([[rule.id, rule]]), {
    endpoints: new Map(Object.entries(endpoints).map(([p, u]) => [p, new URL(u)])),
    audit: new AuditLog(),
    perSecond: 1000,
    concurrency: 4,
    ...extra,
  });
  return verifier.verify(rule, finding);
}
