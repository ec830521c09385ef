/** The programmatic API: the same pieces the CLI composes. */
export { detect } from './engine/detect';
export type { Finding } from './engine/finding';
export { assignIdentities, IdentityCache, identityScheme, secretIdentity } from './engine/identity';
export type { Fragment, Origin, OriginKind } from './engine/fragment';
export { RuleSet } from './engine/ruleset';
export { ExitCode, TokenguardError, UsageError, ConfigError, RuleError, InputError, GitError } from './errors';
export { loadConfig } from './config/load';
export type { TokenguardConfig } from './config/types';
export { selectRules, buildRuleSet, type RuleSpec } from './rules/registry';
export { checkRules } from './rules/check';
export type { RuleDefinition, RuleFile, Severity } from './rules/types';
export { runScan, type ScanOptions } from './scan/run';
export { WorktreeSource } from './sources/worktree';
export { StdinSource } from './sources/stdin';
export type { Source, ScanItem, ScanResult } from './sources/types';
export { buildReport, type Report, type ReportedFinding } from './report/model';
export { reporterFor } from './report';
export { redactSecret } from './report/redact';
