import type { HookConfig } from '../config/types';
import type { Finding } from '../engine/finding';
import type { AuditLog } from '../audit/log';
/** What one hook run did. */
export interface HookRun {
    hook: string;
    fingerprint: string;
    ok: boolean;
    detail: string;
}
/** The JSON a hook receives: enough to act on, no secret. */
export declare function hookPayload(f: Finding, locations?: number): Record<string, unknown>;
/**
 * Runs every hook once per distinct secret it applies to; returns one record per run.
 * @lazy loaded with require() by cli/verify-run.ts, which knip does not follow
 */
export declare function runHooks(findings: Finding[], hooks: HookConfig[], audit: AuditLog): Promise<HookRun[]>;
