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
import { type HttpPolicy } from './http';
import type { VerifyOutcome } from './types';
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
export declare class Verifier {
    private readonly rules;
    private readonly options;
    private readonly cache;
    private readonly limiter;
    private readonly policy;
    constructor(rules: Map<string, RuleDefinition>, options: VerifyOptions);
    /** Sets `verification` on every finding. */
    verifyAll(findings: Finding[]): Promise<void>;
    /** Verifies one finding against `rule` (cached per rule and secret). */
    verify(rule: RuleDefinition, f: Finding): Promise<VerifyOutcome>;
    private check;
    /** Sends one request through the limiter, judges the answer and writes the audit line. */
    private exchange;
}
