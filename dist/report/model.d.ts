import type { Finding } from '../engine/finding';
import type { OriginKind } from '../engine/fragment';
import type { RuleDefinition, Severity } from '../rules/types';
import type { DecodedEntry, ScanProblem, ScanResult, SkippedEntry } from '../sources/types';
import type { VerifyOutcome } from '../verify/types';
import type { IdentityScheme } from '../engine/identity';
import type { EngineRecord } from '../engine/ruleset';
/** A finding as reporters see it: `secret` and `lineText` are redacted unless --show-secrets. */
export interface ReportedFinding {
    ruleId: string;
    ruleName: string;
    provider: string;
    severity: Severity;
    path: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    secret: string;
    /** The secret's identity (engine/identity.ts): tagged SHA-256, scrypt, or HMAC with the user's key. */
    secretId: string;
    fingerprint: string;
    source: OriginKind;
    /** Why it is reported although the head of an untrusted range asked to suppress it. */
    notes?: string[];
    checksumValid?: boolean;
    /** Encodings peeled off to reach the secret, outermost first. */
    encoding?: string[];
    /** With --verify: what the provider said. */
    verification?: VerifyOutcome;
    /** Git blob holding the secret (staged and history scans), for re-reading it later (tokenguard revoke). */
    blob?: string;
    /** Values the rule's verify/revoke spec needs besides the secret; only with --show-secrets. */
    needs?: Record<string, string>;
    /** Git provenance: see Finding. */
    commit?: string;
    author?: string;
    email?: string;
    date?: string;
    alsoIn?: number;
    firstSeen?: string;
    inHead?: boolean;
    /** Masked source line; text output only. */
    lineText: string;
}
/** Totals shown in every format. */
export interface ReportSummary {
    files: number;
    bytes: number;
    findings: number;
    skipped: number;
    /** Files that are not text, scanned through a view (printable strings, decoded UTF-16). */
    decoded: number;
    /** Paths a .gitignore excludes, not scanned (a folder whose whole content is ignored counts once), and how many are folders. */
    ignored: number;
    ignoredFolders: number;
    problems: number;
    durationMs: number;
    complete: boolean;
    /** Findings each suppression mechanism removed: allowlist, inline, ignoreFile, baseline. */
    suppressed: Record<string, number>;
    /** Files never read because the config allowlists their path. */
    allowlistedFiles: number;
    /** Candidates the precision filters rejected, by reason (placeholder, entropy, ...). */
    filtered: Record<string, number>;
}
/** Everything a reporter needs. */
export interface Report {
    tool: {
        name: string;
        version: string;
    };
    /** Absolute path of the scanned root (for re-reading findings later). */
    root?: string;
    /** Absolute path of the repository root SARIF URIs and annotations are relative to (report/locations.ts). */
    repoRoot?: string;
    source: OriginKind;
    summary: ReportSummary;
    findings: ReportedFinding[];
    skipped: SkippedEntry[];
    decoded: DecodedEntry[];
    problems: ScanProblem[];
    warnings: string[];
    notes: Record<string, unknown>;
    /** How secret identities were computed, so baselines and revoke can tell whether they can match them. */
    identity: IdentityScheme;
    /** The engine options the scan ran with, so revoke re-detects a redacted report's secrets the same way. */
    engine?: EngineRecord;
    /** Definitions of every rule that could fire (SARIF lists those that did). */
    rules: Map<string, RuleDefinition>;
    secretsShown: boolean;
}
/** The package version, read once. */
export declare function toolVersion(): string;
/** Redacts one finding (or passes it through with --show-secrets), masking every secret on its line. */
export declare function reportFinding(f: Finding, rules: Map<string, RuleDefinition>, sameLine: Finding[], show: boolean): ReportedFinding;
/** Builds the report from a scan result. */
export declare function buildReport(result: ScanResult, rules: Map<string, RuleDefinition>, show: boolean, root?: string): Report;
