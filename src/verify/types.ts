/**
 * The declarative verify and revoke specs a rule may carry, and what verification concludes. The specs
 * are part of the rule-file format: their types are generated from rules/schema/rule-file.schema.json
 * (src/generated/rule-file.ts); written by hand here is only what verification produces.
 */
import type { OutcomeResult } from '../generated/rule-file';

export type { CaptureSpec, OutcomeSpec, RequestSpec, RevokeSpec, RevokeStep, VerifySpec } from '../generated/rule-file';

/** What a provider said about a secret: an outcome's result, or skipped when it could not be asked (no verifier, a value it needs not found). */
export type VerifyStatus = OutcomeResult | 'skipped';

/** The outcome of verifying one secret: status, what the provider told us, and a reason with no secret in it. */
export interface VerifyOutcome {
  status: VerifyStatus;
  checkedAt: string;
  identity?: string;
  scopes?: string[];
  expiresAt?: string;
  reason?: string;
}
