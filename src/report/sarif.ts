/**
 * SARIF 2.1.0 for GitHub code scanning: one run, one driver rule per rule that fired, results with a
 * redacted message, one location, and partialFingerprints from our line-independent fingerprint.
 */
import type { RuleDefinition, Severity } from '../rules/types';
import type { Report, ReportedFinding } from './model';
import { redactSecret } from './redact';
import type { Reporter } from './types';

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
  const help = [
    def.description,
    '',
    'Remove the secret from the code (and from git history), revoke it with the provider, and issue a new one.',
    ...(def.references.length ? ['', 'References:', ...def.references.map((r) => `- ${r}`)] : []),
  ].join('\n');
  return {
    id: def.id,
    name: def.id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : '')),
    shortDescription: { text: cap(def.name) },
    fullDescription: { text: cap(def.description) },
    help: { text: cap(help, 8000) },
    ...(def.references[0] ? { helpUri: def.references[0] } : {}),
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
  const properties: Record<string, unknown> = { source: f.source, secretSha256: f.secretSha256 };
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
    message: { text: `${f.ruleName} found: ${shown.length > 80 ? `${shown.slice(0, 80)}…` : shown}`.replace(/\r?\n/g, ' ') },
    locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(f.path), uriBaseId: '%SRCROOT%' }, region } }],
    partialFingerprints: { 'tokenguard/v1': f.fingerprint },
    properties,
  };
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

/**
 * The findings that fit in one run. When there are more than GitHub accepts, the most severe are kept
 * (the sort is stable, so report order holds within a severity): what is cut is the least urgent.
 */
function keptResults(all: ReportedFinding[]): ReportedFinding[] {
  if (all.length <= SARIF_MAX_RESULTS) return all;
  return [...all].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]).slice(0, SARIF_MAX_RESULTS);
}

/** The line the summary on stderr gets when results were left out of the SARIF run. */
export function overflowWarning(total: number): string | undefined {
  const omitted = total - SARIF_MAX_RESULTS;
  if (omitted <= 0) return undefined;
  return `SARIF holds ${SARIF_MAX_RESULTS} of ${total} findings (GitHub's limit per run; the most severe kept); ${omitted} left out, listed in the JSON report (--format json)`;
}

/** The SARIF log for a report; with --show-secrets the message still carries only the redacted form. */
export function reportSarif(report: Report) {
  const all = report.findings;
  const kept = keptResults(all);
  const ruleIds = [...new Set(kept.map((f) => f.ruleId))].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const notifications = report.problems.map((p) => ({
    level: 'error' as const,
    message: { text: p.path ? `${p.path}: ${p.message}` : p.message },
  }));
  const overflow = all.length - kept.length;
  if (overflow > 0) {
    notifications.push({ level: 'error', message: { text: `${overflow} results beyond GitHub's limit of ${SARIF_MAX_RESULTS} per run were left out; see the JSON report for all of them` } });
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
    out(JSON.stringify(reportSarif(report), null, 2) + '\n');
    // The summary on stderr is printed from the report after the reporter ran: that is how a CI log
    // shows that the uploaded SARIF is not the whole story.
    const warning = overflowWarning(report.findings.length);
    if (warning && !report.warnings.includes(warning)) report.warnings.push(warning);
  },
};
