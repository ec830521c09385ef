/** The report model every reporter renders: findings already redacted, plus the run's summary. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../engine/finding';
import type { OriginKind } from '../engine/fragment';
import { PACKAGE_ROOT } from '../util/package-root';
import type { RuleDefinition, Severity } from '../rules/types';
import type { DecodedEntry, ScanProblem, ScanResult, SkippedEntry } from '../sources/types';
import { maskContext, redactSecret } from './redact';
import { scrubText, type KnownSecret } from './scrub';
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
  tool: { name: string; version: string };
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

/** Git provenance fields copied from a finding when present. */
const PROVENANCE = ['commit', 'author', 'email', 'date', 'alsoIn', 'firstSeen', 'inHead'] as const;

let version: string | undefined;

/** The package version, read once. */
export function toolVersion(): string {
  return (version ??= (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version);
}

/** Redacts one finding (or passes it through with --show-secrets), masking every secret on its line. */
export function reportFinding(f: Finding, rules: Map<string, RuleDefinition>, sameLine: Finding[], show: boolean): ReportedFinding {
  const prefix = rules.get(f.ruleId)?.prefix;
  const masks = [f, ...sameLine].flatMap((o) => [{ secret: o.secret, prefix: rules.get(o.ruleId)?.prefix }, ...(o.encodedText ? [{ secret: o.encodedText }] : [])]);
  const out: ReportedFinding = {
    ruleId: f.ruleId,
    ruleName: f.ruleName,
    provider: f.provider,
    severity: f.severity,
    path: f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    secret: show ? f.secret : redactSecret(f.secret, prefix),
    secretId: f.secretId,
    fingerprint: f.fingerprint,
    source: f.source,
    lineText: show ? f.lineText : maskContext(f.lineText, f.lineMasks, f.lineCut, masks),
  };
  if (f.notes?.length) out.notes = f.notes;
  if (f.checksumValid !== undefined) out.checksumValid = f.checksumValid;
  if (f.encoding) out.encoding = f.encoding;
  if (f.verification) out.verification = f.verification;
  if (f.blob) out.blob = f.blob;
  if (show && f.needs && Object.keys(f.needs).length > 0) out.needs = f.needs;
  for (const key of PROVENANCE) if (f[key] !== undefined) (out as unknown as Record<string, unknown>)[key] = f[key];
  return out;
}

/** Builds the report from a scan result. */
export function buildReport(result: ScanResult, rules: Map<string, RuleDefinition>, show: boolean, root?: string): Report {
  // Identities are set after the scan; a finding without one would carry nothing to match it by.
  if (result.findings.some((f) => !f.secretId || !f.fingerprint)) throw new Error('internal: a finding reached the report without its secret identity');
  const byLine = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const key = `${f.commit ?? ''}\0${f.path}\0${f.line}`;
    const same = byLine.get(key);
    if (same) same.push(f);
    else byLine.set(key, [f]);
  }
  const findings = result.findings.map((f) =>
    reportFinding(
      f,
      rules,
      byLine.get(`${f.commit ?? ''}\0${f.path}\0${f.line}`)!.filter((o) => o !== f),
      show,
    ),
  );
  const { ledger } = result;
  const scrubbed = show ? { problems: ledger.problems, warnings: ledger.warnings } : scrubLedgerText(ledger.problems, ledger.warnings, result.findings, rules);
  return {
    tool: { name: 'tokenguard', version: toolVersion() },
    root,
    source: result.source,
    summary: {
      files: ledger.files,
      bytes: ledger.bytes,
      findings: findings.length,
      skipped: ledger.skipped.length,
      decoded: ledger.decodedFiles.length,
      ignored: ledger.ignored,
      ignoredFolders: ledger.ignoredFolders,
      problems: ledger.problems.length,
      durationMs: result.durationMs,
      complete: ledger.problems.length === 0,
      suppressed: result.suppressed ?? { allowlist: result.dropped.allowlist ?? 0, inline: result.dropped.inline ?? 0 },
      allowlistedFiles: ledger.allowlisted,
      filtered: Object.fromEntries(Object.entries(result.dropped).filter(([k]) => k !== 'allowlist' && k !== 'inline')),
    },
    findings,
    skipped: ledger.skipped,
    // Workers finish in any order: sorted, so the same tree gives the same report.
    decoded: [...ledger.decodedFiles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : (a.commit ?? '') < (b.commit ?? '') ? -1 : 1)),
    problems: scrubbed.problems,
    warnings: scrubbed.warnings,
    notes: ledger.notes,
    identity: result.identity ?? { scheme: 'public-v2' },
    ...(result.engine ? { engine: result.engine } : {}),
    rules,
    secretsShown: show,
  };
}

/**
 * Problems and warnings carry text from git, parsers and the user's own arguments (an unknown
 * `--since` revision is echoed back): mask recognisable secrets and every secret the scan found.
 */
function scrubLedgerText(problems: ScanProblem[], warnings: string[], found: Finding[], rules: Map<string, RuleDefinition>) {
  if (problems.length === 0 && warnings.length === 0) return { problems, warnings };
  const known: KnownSecret[] = found.flatMap((f) => [{ secret: f.secret, prefix: rules.get(f.ruleId)?.prefix }, ...(f.encodedText ? [{ secret: f.encodedText }] : [])]);
  return {
    problems: problems.map((p) => ({ ...p, ...(p.path ? { path: scrubText(p.path, known) } : {}), message: scrubText(p.message, known) })),
    warnings: warnings.map((w) => scrubText(w, known)),
  };
}
