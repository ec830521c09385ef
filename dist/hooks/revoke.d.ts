/**
 * Revocation from a rule's `revoke` spec: one request, or a lookup whose captures feed the delete, or
 * (GitHub's credential revocation API) one request for a batch of secrets. Dry run unless told
 * otherwise; every request is audited without the secret.
 */
import type { AuditLog } from '../audit/log';
import type { RuleDefinition } from '../rules/types';
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
/**
 * Revokes (or, in a dry run, describes revoking) each item by its rule's spec.
 * @lazy loaded with require() by cli/commands/revoke.ts, which knip does not follow
 */
export declare function revokeAll(items: RevokeItem[], rules: Map<string, RuleDefinition>, opts: RevokeOptions): Promise<RevokeResult[]>;
