/** The opt-in steps after a scan: --verify (and --only-active), then --run-hooks. */
import { Command } from 'commander';
import type { HookConfig, VerifyConfig } from '../config/types';
import type { Finding } from '../engine/finding';
import { AuditLog } from '../audit/log';
import type { HookRun } from '../hooks/rotate';
import type { RuleDefinition } from '../rules/types';
/** Flags of the verification and hook steps. */
export interface VerifyFlags {
    verify?: boolean;
    onlyActive?: boolean;
    endpoint?: string[];
    auditLog?: string;
    runHooks?: boolean;
}
/** Adds --verify, --only-active, --endpoint and --audit-log. */
export declare function addVerifyOptions(cmd: Command): Command;
/**
 * Parses --endpoint values and the trusted configs' verify.endpoints against the known providers.
 * Errors name the flag or key, never the URL: an endpoint can carry credentials.
 */
export declare function endpointsFrom(flags: string[] | undefined, verify: VerifyConfig, rules: Map<string, RuleDefinition>): Map<string, URL>;
/** Verifies (when asked) and filters to active secrets (when asked). Returns the findings to report. */
export declare function verifyStep(findings: Finding[], flags: VerifyFlags, verify: VerifyConfig, rules: Map<string, RuleDefinition>, audit: AuditLog): Promise<Finding[]>;
/** Runs the trusted hooks when --run-hooks is given (a repository config's hooks need --trust-repo-config). */
export declare function hookStep(findings: Finding[], flags: VerifyFlags, hooks: HookConfig[], setAside: boolean, audit: AuditLog): Promise<HookRun[]>;
export { AuditLog };
