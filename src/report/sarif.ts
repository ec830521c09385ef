/**
 * SARIF 2.1.0 for GitHub code scanning: one run, one driver rule per rule that fired, results with a
 * redacted message, one location, and partialFingerprints from our line-independent fingerprint.
 */
import type { RuleDefinition, Severity } from '../rules/types';
import type { Report, ReportedFinding } from './model';
import { redactSecret } from './redact';
import type { Reporter } from './types';
import { safeJson } from './escape';
import { reportGroups, type FindingGroup } from './groups';
import { repoPath, srcRoot } from './locations';
import { keptResults, overflowText, overflowWarning, SARIF_MAX_RESULTS } from './sarif-cap';
import { ruleProvider } from '../engine/rule-facts';

export { SARIF_MAX_RESULTS } from './sarif-cap';

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
      tags: ['security', 'secret', `provider/${ruleProvider(def)}`, ...(def.tags ?? [])],
      precision: def.generic ? 'medium' : 'high',
      'problem.severity': LEVEL[def.severity] === 'note' ? 'recommendation' : LEVEL[def.severity],
    },
  };
}

/** Related locations a grouped result lists at most; the rest are counted in its properties. */
export const SARIF_MAX_RELATED = 100;

function regionOf(f: ReportedFinding) {
  return { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column), endLine: Math.max(1, f.endLine, f.line), endColumn: Math.max(1, f.endColumn) };
}

function physical(report: Report, f: ReportedFinding) {
  return { artifactLocation: { uri: pathToUri(repoPath(report, f.path)), uriBaseId: '%SRCROOT%' }, region: regionOf(f) };
}

/** The other occurrences of a group, newest first, each naming its commit. */
function related(report: Report, g: FindingGroup) {
  const others = g.occurrences.slice(0, -1).reverse().slice(0, SARIF_MAX_RELATED);
  return others.map((o, i) => ({
    id: i + 1,
    physicalLocation: physical(report, o),
    message: { text: o.commit ? `Also in commit ${o.commit.slice(0, 12)}${o.date ? ` (${o.date.slice(0, 10)})` : ''}` : 'Also here' },
    properties: { ...(o.commit ? { commit: o.commit } : {}), ...(o.date ? { date: o.date } : {}) },
  }));
}

/** What the message adds for a group seen at many commits: the span of commits, and whether HEAD still has it. */
function groupText(g: FindingGroup): string {
  if (g.occurrences.length < 2 || !g.first || !g.last) return '';
  const head = g.inHead === undefined ? '' : g.inHead ? ', still in HEAD' : ', no longer in HEAD';
  return `; seen in ${g.occurrences.length} commits from ${g.first.commit.slice(0, 12)} to ${g.last.commit.slice(0, 12)}${head}`;
}

function result(report: Report, g: FindingGroup, ruleIndex: number, def: RuleDefinition | undefined) {
  const f = g.lead;
  const properties: Record<string, unknown> = { source: f.source, secretId: f.secretId };
  if (f.notes?.length) properties.notes = f.notes;
  if (f.checksumValid !== undefined) properties.checksumValid = f.checksumValid;
  for (const key of ['commit', 'author', 'date', 'alsoIn', 'firstSeen', 'inHead'] as const) if (f[key] !== undefined) properties[key] = f[key];
  if (g.occurrences.length > 1) Object.assign(properties, groupProperties(g));
  if (report.secretsShown) properties.secret = f.secret;
  if (f.verification) properties.verification = f.verification.status;
  // Redacting is idempotent, so this is right whether or not the finding was redacted already.
  const shown = redactSecret(f.secret, def?.prefix);
  const others = related(report, g);
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: `${f.ruleName} found: ${shown.length > 80 ? `${shown.slice(0, 80)}…` : shown}${groupText(g)}${f.notes?.length ? ` (${f.notes.join('; ')})` : ''}`.replace(/\r?\n/g, ' ') },
    locations: [{ physicalLocation: physical(report, f) }],
    ...(others.length ? { relatedLocations: others } : {}),
    partialFingerprints: { 'tokenguard/v1': f.fingerprint },
    properties,
  };
}

function groupProperties(g: FindingGroup): Record<string, unknown> {
  const omitted = Math.max(0, g.occurrences.length - 1 - SARIF_MAX_RELATED);
  return {
    occurrences: g.occurrences.length,
    ...(g.first ? { firstCommit: g.first.commit, firstDate: g.first.date } : {}),
    ...(g.last ? { lastCommit: g.last.commit, lastDate: g.last.date } : {}),
    ...(g.inHead !== undefined ? { inHead: g.inHead } : {}),
    ...(omitted ? { relatedLocationsOmitted: omitted } : {}),
  };
}

/** The SARIF log for a report (one result per fingerprint in history); with --show-secrets the message still carries only the redacted form. */
export function reportSarif(report: Report) {
  const groups = reportGroups(report);
  const byLead = new Map(groups.map((g) => [g.lead, g]));
  const { kept, overflow: dropped } = keptResults(groups.map((g) => g.lead));
  const ruleIds = [...new Set(kept.map((f) => f.ruleId))].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const notifications = report.problems.map((p) => ({
    level: 'error' as const,
    message: { text: p.path ? `${p.path}: ${p.message}` : p.message },
  }));
  const overflow = groups.length - kept.length;
  if (overflow > 0) {
    notifications.push({
      level: 'error',
      message: { text: `${overflow} results beyond GitHub's limit of ${SARIF_MAX_RESULTS} per run were left out (${overflowText(dropped)}); see the JSON report for all of them` },
    });
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
        originalUriBaseIds: { '%SRCROOT%': srcRoot(report) },
        results: kept.map((f) => result(report, byLead.get(f)!, index.get(f.ruleId)!, report.rules.get(f.ruleId))),
        properties: {
          files: report.summary.files,
          bytes: report.summary.bytes,
          findings: report.findings.length,
          ...(groups.length !== report.findings.length ? { fingerprints: groups.length } : {}),
          resultsOmitted: overflow,
          ...(overflow > 0 ? { omittedByKind: dropped.byKind, crowdedFiles: dropped.crowdedFiles } : {}),
          skipped: report.summary.skipped,
          decoded: report.summary.decoded,
          ignored: report.summary.ignored,
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
    const leads = reportGroups(report).map((g) => g.lead);
    const warning = overflowWarning(leads.length, keptResults(leads).overflow);
    if (warning && !report.warnings.includes(warning)) report.warnings.push(warning);
  },
};
