import { type IdentityCache, type IdentityScheme } from '../engine/identity';
import type { OriginKind } from '../engine/fragment';
import { type EngineRecord, type RuleSet } from '../engine/ruleset';
import type { RevokeItem } from '../hooks/revoke';
import type { RuleSpec } from '../rules/registry';
import type { VerifyOutcome } from '../verify/types';
/** The fields of a reported finding that revocation reads. */
export interface ReportEntry {
    ruleId: string;
    path: string;
    line?: number;
    secret: string;
    /** The secret's identity (v2 reports); an older report has secretSha256 instead. */
    secretId?: string;
    secretSha256?: string;
    fingerprint: string;
    source: OriginKind;
    blob?: string;
    needs?: Record<string, string>;
    verification?: VerifyOutcome;
}
/** A report as `scan --format json` writes it (the parts revocation needs). */
export interface LoadedReport {
    root?: string;
    secretsShown: boolean;
    /** How the report's identities were computed (absent in reports from before identities v2). */
    identity?: IdentityScheme;
    /** The engine options of the scan (absent in reports from before they were recorded: the defaults then). */
    engine?: EngineRecord;
    findings: ReportEntry[];
}
/** One secret to revoke, or why it cannot be. */
export interface RevokeCandidate {
    entry: ReportEntry;
    locations: number;
    item?: RevokeItem;
    problem?: string;
}
/**
 * Reads and shape-checks a report file; errors name the file.
 * @lazy loaded with require() by cli/commands/revoke.ts, which knip does not follow
 */
export declare function loadReport(file: string): LoadedReport;
/**
 * The rules a redacted report's secrets are re-detected with: `spec` (the config's rules, loaded with the
 * report's `suppress`) running with the engine options the report records.
 * @lazy loaded with require() by cli/commands/revoke.ts, which knip does not follow
 */
export declare function redetectionSpec(spec: RuleSpec, report: LoadedReport): RuleSpec;
/**
 * The report's findings chosen by --rule and --only-active, one per distinct rule and secret.
 * @lazy loaded with require() by cli/commands/revoke.ts, which knip does not follow
 */
export declare function selectEntries(report: LoadedReport, ruleMatch: (id: string) => boolean, onlyActive: boolean): Array<{
    entry: ReportEntry;
    locations: number;
}>;
/**
 * Resolves each chosen entry to a RevokeItem, or a problem saying why it cannot be revoked.
 * @lazy loaded with require() by cli/commands/revoke.ts, which knip does not follow
 */
export declare function candidatesFor(report: LoadedReport, chosen: Array<{
    entry: ReportEntry;
    locations: number;
}>, ruleSet: () => RuleSet, ids: IdentityCache): Promise<RevokeCandidate[]>;
