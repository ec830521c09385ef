/**
 * SARIF 2.1.0 for GitHub code scanning: one run, one driver rule per rule that fired, results with a
 * redacted message, one location, and partialFingerprints from our line-independent fingerprint.
 */
import type { RuleDefinition, Severity } from '../rules/types';
import type { Report, ReportedFinding } from './model';
import { redactSecret } from './redact';
import type { Reporter } from './types';
import { safeJson } from './escape';

/** GitHub code scanning accepts at most this many results per run. */
export const SARIF_MAX_RESULTS = 25_000;
/** GitHub truncates rule descriptions beyond this many characters. */
export const SARIF_MAX_DESCRIPTION = 1024;
export const INFORMATION_URI = 'https://github.com/tokenguard/tokenguard';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** GitHub's security-severity scores: >= 9 critical, >= 7 high, >= 4 medium, else low. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '1.0',
};

function cap(text: string, max = SARIF_MAX_DESCRIPTION): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A relative path as a URI reference: each segment percent-encoded, "/" kept. */
export function pathToUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function driverRule(def: RuleDefinition) {
  const references = def.references ?? [];
  const help = [
    def.description,
    '',
    'Remove the secret from the code (and from git history), revoke it with the provider, and issue a new one.',
    ...(references.length ? ['', 'References:', ...references.map((r) => `- ${r}`)] : []),
  ].join('\n');
  return {
    id: def.id,
    name: def.id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : '')),
    shortDescription: { text: cap(def.name) },
    fullDescription: { text: cap(def.description) },
    help: { text: cap(help, 8000) },
    ...(references[0] ? { helpUri: references[0] } : {}),
    defaultConfiguration: { level: LEVEL[def.severity] },
    properties: {
      'security-severity': SECURITY_SEVERITY[def.severity],
      tags: ['security', 'secret', `provider/${def.provider ?? def.id.split('.')[0]}`, ...(def.tags ?? [])],
      precision: def.generic ? 'medium' : 'high',
      'problem.severity': LEVEL[def.severity] === 'note' ? 'recommendation' : LEVEL[def.severity],
    },
  };
}

function result(f: ReportedFinding, ruleIndex: number, def: RuleDefinition | undefined, show: boolean) {
  const region = {
    startLine: Math.max(1, f.line),
    startColumn: Math.max(1, f.column),
    endLine: Math.max(1, f.endLine, f.line),
    endColumn: Math.max(1, f.endColumn),
  };
  const properties: Record<string, unknown> = { source: f.source, secretId: f.secretId };
  if (f.notes?.length) properties.notes = f.notes;
  if (f.checksumValid !== undefined) properties.checksumValid = f.checksumValid;
  for (const key of ['commit', 'author', 'date', 'alsoIn', 'firstSeen', 'inHead'] as const) if (f[key] !== undefined) properties[key] = f[key];
  if (show) properties.secret = f.secret;
  if (f.verification) properties.verification = f.verification.status;
  // Redacting is idempotent, so this is right whether or not the finding was redacted already.
  const shown = redactSecret(f.secret, def?.prefix);
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: `${f.ruleName} found: ${shown.length > 80 ? `${shown.slice(0, 80)}…` : shown}${f.notes?.length ? ` (${f.notes.join('; ')})` : ''}`.replace(/\r?\n/g, ' ') },
    locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(f.path), uriBaseId: '%SRCROOT%' }, region } }],
    partialFingerprints: { 'tokenguard/v1': f.fingerprint },
    properties,
  };
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
/** Results of one file kept before any file gets more: a file full of decoys cannot take every slot. */
export const SARIF_PER_FILE = 1000;

/**
 * How likely a finding is real: confirmed live first, then checksum-valid, then unknown, then
 * confirmed dead, and checksum-invalid lookalikes (the cheapest decoys to mass-produce) last.
 */
function validityRank(f: ReportedFinding): number {
  if (f.verification?.status === 'active') return 0;
  if (f.checksumValid === true) return 1;
  if (f.checksumValid === false) return 4;
  return f.verification?.status === 'inactive' ? 3 : 2;
}

/** What was left out of the run, and why. */
export interface SarifOverflow {
  omitted: number;
  /** Left-out results by kind: checksum-invalid lookalikes, verified-inactive secrets, the rest. */
  byKind: { checksumInvalid: number; inactive: number; other: number };
  /** Files that had more than SARIF_PER_FILE results, with how many of theirs were left out (at most 20). */
  crowdedFiles: Array<{ path: string; omitted: number }>;
}

/**
 * The findings that fit in one run, in report order. Past GitHub's limit they are ranked by validity,
 * then severity (stable within a rank), and taken in two passes: first at most SARIF_PER_FILE per
 * file, then whatever room is left in rank order. A flood of lookalikes, or of anything in one file,
 * cannot push a real secret elsewhere out of the run.
 */
function keptResults(all: ReportedFinding[]): { kept: ReportedFinding[]; overflow: SarifOverflow } {
  const none: SarifOverflow = { omitted: 0, byKind: { checksumInvalid: 0, inactive: 0, other: 0 }, crowdedFiles: [] };
  if (all.length <= SARIF_MAX_RESULTS) return { kept: all, overflow: none };
  const order = all.map((f, i) => i).sort((a, b) => validityRank(all[a]) - validityRank(all[b]) || SEVERITY_RANK[all[a].severity] - SEVERITY_RANK[all[b].severity] || a - b);
  const chosen = new Set<number>();
  const perFile = new Map<string, number>();
  for (const i of order) {
    if (chosen.size >= SARIF_MAX_RESULTS) break;
    const n = perFile.get(all[i].path) ?? 0;
    if (n >= SARIF_PER_FILE) continue;
    perFile.set(all[i].path, n + 1);
    chosen.add(i);
  }
  for (const i of order) {
    if (chosen.size >= SARIF_MAX_RESULTS) break;
    chosen.add(i);
  }
  const overflow = none;
  const crowded = new Map<string, number>();
  all.forEach((f, i) => {
    if (chosen.has(i)) return;
    overflow.omitted++;
    const rank = validityRank(f);
    if (rank === 4) overflow.byKind.checksumInvalid++;
    else if (rank === 3) overflow.byKind.inactive++;
    else overflow.byKind.other++;
    if ((perFile.get(f.path) ?? 0) >= SARIF_PER_FILE) crowded.set(f.path, (crowded.get(f.path) ?? 0) + 1);
  });
  overflow.crowdedFiles = [...crowded].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([path, omitted]) => ({ path, omitted }));
  return { kept: all.filter((_, i) => chosen.has(i)), overflow };
}

/** What was left out, in words: counts by kind, never paths (those are in the run's properties). */
function overflowText(o: SarifOverflow): string {
  const kinds = [o.byKind.checksumInvalid && `${o.byKind.checksumInvalid} checksum-invalid lookalikes`, o.byKind.inactive && `${o.byKind.inactive} verified inactive`, o.byKind.other && `${o.byKind.other} others`].filter(Boolean);
  const files = o.crowdedFiles.length ? `; ${o.crowdedFiles.length} file(s) had more than ${SARIF_PER_FILE} results` : '';
  return `${kinds.join(', ')}${files}`;
}

/** The line the summary on stderr gets when results were left out of the SARIF run. */
export function overflowWarning(total: number, o?: SarifOverflow): string | undefined {
  const omitted = total - SARIF_MAX_RESULTS;
  if (omitted <= 0) return undefined;
  const detail = o ? ` (${overflowText(o)})` : '';
  return `SARIF holds ${SARIF_MAX_RESULTS} of ${total} findings (GitHub's limit per run; confirmed and checksum-valid secrets first, then by severity, at most ${SARIF_PER_FILE} per file before any file gets more); ${omitted} left out${detail}, listed in the JSON report (--format json)`;
}

/** The SARIF log for a report; with --show-secrets the message still carries only the redacted form. */
export function reportSarif(report: Report) {
  const all = report.findings;
  const { kept, overflow: dropped } = keptResults(all);
  const ruleIds = [...new Set(kept.map((f) => f.ruleId))].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const notifications = report.problems.map((p) => ({
    level: 'error' as const,
    message: { text: p.path ? `${p.path}: ${p.message}` : p.message },
  }));
  const overflow = all.length - kept.length;
  if (overflow > 0) {
    notifications.push({ level: 'error', message: { text: `${overflow} results beyond GitHub's limit of ${SARIF_MAX_RESULTS} per run were left out (${overflowText(dropped)}); see the JSON report for all of them` } });
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules: ruleIds.map((id) => driverRule(report.rules.get(id) ?? fallbackRule(id, kept))),
          },
        },
        invocations: [{ executionSuccessful: report.summary.complete, toolExecutionNotifications: notifications }],
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The scanned root directory' } } },
        results: kept.map((f) => result(f, index.get(f.ruleId)!, report.rules.get(f.ruleId), report.secretsShown)),
        properties: {
          files: report.summary.files,
          bytes: report.summary.bytes,
          findings: all.length,
          resultsOmitted: overflow,
          ...(overflow > 0 ? { omittedByKind: dropped.byKind, crowdedFiles: dropped.crowdedFiles } : {}),
          skipped: report.summary.skipped,
        },
      },
    ],
  };
}

/** A rule that fired but is unknown to the report (cannot happen for built-ins; keeps SARIF valid regardless). */
function fallbackRule(id: string, findings: ReportedFinding[]): RuleDefinition {
  const f = findings.find((x) => x.ruleId === id)!;
  return { id, name: f.ruleName, description: f.ruleName, severity: f.severity, keywords: [], references: [], examples: { positive: [], negative: [] }, provider: f.provider };
}

export const sarifReporter: Reporter = {
  format: 'sarif',
  write(report, out) {
    out(safeJson(JSON.stringify(reportSarif(report), null, 2)) + '\n');
    // The summary on stderr is printed from the report after the reporter ran: that is how a CI log
    // shows that the uploaded SARIF is not the whole story.
    const warning = overflowWarning(report.findings.length, keptResults(report.findings).overflow);
    if (warning && !report.warnings.includes(warning)) report.warnings.push(warning);
  },
};
