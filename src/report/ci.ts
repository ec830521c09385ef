/**
 * What a CI log shows besides the report: a compact list of findings on stderr when stdout carries
 * JSON or SARIF (or the report went to a file), GitHub workflow-command annotations, and a Markdown
 * table for the step summary. Fork pull requests and private repositories without code scanning get
 * nothing from an uploaded SARIF file; these are what they have to act on. Everything here is built
 * from the redacted report, and secrets are redacted again (even with --show-secrets): a log and a
 * step summary are shared far wider than a report file.
 */
import { escapeChar, escapeField } from './escape';
import { reportGroups, type FindingGroup } from './groups';
import { repoPath } from './locations';
import type { Report, ReportedFinding } from './model';
import { redactSecret } from './redact';
import { severityRank } from '../rules/types';

/** Findings listed on stderr at most; the rest are counted. */
export const LOG_MAX = 20;
/** Error annotations emitted at most: GitHub shows 10 per step (and 50 per job) and drops the rest. */
export const ANNOTATIONS_MAX = 10;
/** Rows of the step-summary table at most. */
export const SUMMARY_MAX = 100;

/** Groups most urgent first: verified active, then by severity, then report order. */
function ranked(report: Report): FindingGroup[] {
  const rank = (g: FindingGroup) => (g.lead.verification?.status === 'active' ? -1 : severityRank(g.lead.severity));
  return reportGroups(report)
    .map((g, i) => ({ g, i }))
    .sort((a, b) => rank(a.g) - rank(b.g) || a.i - b.i)
    .map((x) => x.g);
}

/** The redacted secret, whatever the report holds (a --show-secrets report holds it raw). */
function shownSecret(report: Report, f: ReportedFinding): string {
  return redactSecret(f.secret, report.rules.get(f.ruleId)?.prefix);
}

/** Where in history a group was seen, in a few words; empty outside history. */
function history(g: FindingGroup): string {
  if (!g.first || !g.last) return '';
  const head = g.inHead === undefined ? '' : g.inHead ? ', still in HEAD' : ', history only';
  if (g.occurrences.length === 1) return `commit ${g.first.commit.slice(0, 12)}${head}`;
  return `${g.occurrences.length} occurrences, first ${g.first.commit.slice(0, 12)}, last ${g.last.commit.slice(0, 12)}${head}`;
}

function verified(f: ReportedFinding): string {
  return f.verification ? f.verification.status : 'not checked';
}

/** The compact list for stderr: one line per finding (per fingerprint in history), capped. */
export function logLines(report: Report): string[] {
  const groups = ranked(report);
  if (groups.length === 0) return [];
  const lines = groups.slice(0, LOG_MAX).map((g) => {
    const f = g.lead;
    const where = history(g);
    const status = f.verification ? `  ${f.verification.status}` : '';
    return `  ${f.severity.padEnd(8)}  ${escapeField(f.ruleId)}  ${escapeField(f.path)}:${f.line}:${f.column}  ${escapeField(shownSecret(report, f))}${status}${where ? `  (${where})` : ''}`;
  });
  if (groups.length > LOG_MAX) lines.push(`  … and ${groups.length - LOG_MAX} more (all of them are in the report)`);
  const counted = groups.length === report.findings.length ? '' : ` (${groups.length} distinct, ${report.findings.length} occurrences)`;
  return [`tokenguard: findings${counted}:`, ...lines];
}

/** Controls other than CR and LF, made visible; CR and LF are left for the command escaping. */
const OTHER_CONTROLS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A workflow command's message (GitHub's escapeData): %, CR and LF percent-encoded. */
export function commandData(text: string): string {
  return text.replace(OTHER_CONTROLS, escapeChar).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value (GitHub's escapeProperty): also ":" and ",". */
export function commandProperty(text: string): string {
  return commandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One `::error file=…,line=…,col=…::message` line for a group, with the file relative to the repository root. */
function annotation(report: Report, g: FindingGroup): string {
  const f = g.lead;
  const props = [
    `file=${commandProperty(repoPath(report, f.path))}`,
    `line=${Math.max(1, f.line)}`,
    `col=${Math.max(1, f.column)}`,
    ...(f.endLine === f.line ? [`endColumn=${Math.max(1, f.endColumn)}`] : [`endLine=${Math.max(1, f.endLine)}`]),
    `title=${commandProperty(`tokenguard: ${f.ruleName}`)}`,
  ];
  const where = history(g);
  const message = `${f.ruleId}: ${shownSecret(report, f)}${where ? ` (${where})` : ''}${f.verification ? `, verified ${f.verification.status}` : ''}. Revoke it with the provider, then remove it from the code.`;
  return `::error ${props.join(',')}::${commandData(message)}`;
}

/** Workflow-command annotations for GitHub Actions: the most urgent findings, then one line for the rest. */
export function annotationLines(report: Report): string[] {
  const groups = ranked(report);
  const lines = groups.slice(0, ANNOTATIONS_MAX).map((g) => annotation(report, g));
  if (groups.length > ANNOTATIONS_MAX) {
    lines.push(
      `::warning title=${commandProperty('tokenguard')}::${commandData(`${groups.length - ANNOTATIONS_MAX} more findings are not annotated (GitHub shows ${ANNOTATIONS_MAX} per step): see the step summary and the log`)}`,
    );
  }
  return lines;
}

/** Text for one Markdown table cell: controls visible, Markdown and HTML syntax inert, one line. */
export function markdownCell(text: string): string {
  return escapeField(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|#~!()]/g, '\\$&');
}

/** The step summary: a heading, then a table of findings (capped), or a line saying the scan was clean. */
export function stepSummary(report: Report): string {
  const groups = ranked(report);
  const s = report.summary;
  const incomplete = s.complete ? '' : `\n\n**The scan is incomplete**: ${s.problems} item${s.problems === 1 ? '' : 's'} could not be scanned (see the log).`;
  if (groups.length === 0) return `### tokenguard: no secrets found\n\n${s.files} file${s.files === 1 ? '' : 's'} scanned.${incomplete}\n`;
  const isHistory = groups.some((g) => g.first);
  const head = ['Severity', 'Rule', 'Location', ...(isHistory ? ['Commits'] : []), 'Secret', 'Verified'];
  const rows = groups.slice(0, SUMMARY_MAX).map((g) => {
    const f = g.lead;
    const cells = [f.severity, f.ruleId, `${repoPath(report, f.path)}:${f.line}`, ...(isHistory ? [history(g)] : []), shownSecret(report, f), verified(f)];
    return `| ${cells.map(markdownCell).join(' | ')} |`;
  });
  const more = groups.length > SUMMARY_MAX ? `\n\n… and ${groups.length - SUMMARY_MAX} more: see the report.` : '';
  const count = `${groups.length} finding${groups.length === 1 ? '' : 's'}${groups.length !== report.findings.length ? ` (${report.findings.length} occurrences)` : ''}`;
  return [`### tokenguard: ${count}`, '', `| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows].join('\n') + `${more}${incomplete}\n`;
}
