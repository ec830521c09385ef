/** JSON: the machine-readable report, stable field order, secrets redacted unless --show-secrets. */
import type { Report, ReportedFinding } from './model';
import type { Reporter } from './types';
import { safeJson } from './escape';
import { groupByFingerprint, groupSummary } from './groups';

function findingJson(f: ReportedFinding, occurrences?: number): Record<string, unknown> {
  const { lineText: _context, ...rest } = f;
  return occurrences === undefined ? rest : { ...rest, occurrences };
}

/** The JSON document for a report. */
export function reportJson(report: Report): Record<string, unknown> {
  const { files, bytes, findings, skipped, decoded, ignored, ignoredFolders, durationMs, problems, complete, suppressed, allowlistedFiles, filtered } = report.summary;
  // History: every occurrence stays a finding; each also says how many its fingerprint has, and the
  // groups list each fingerprint once with its first and last commit (what the text and SARIF show).
  const groups = report.source === 'history' ? groupByFingerprint(report.findings) : undefined;
  const counts = new Map(groups?.map((g) => [g.fingerprint, g.occurrences.length]));
  return {
    tool: report.tool,
    root: report.root,
    secretsShown: report.secretsShown,
    identity: report.identity,
    ...(report.engine ? { engine: report.engine } : {}),
    summary: { files, bytes, findings, skipped, decoded, ignored, ignoredFolders, durationMs, problems, complete, source: report.source, suppressed, allowlistedFiles, filtered, ...report.notes },
    findings: report.findings.map((f) => findingJson(f, counts.get(f.fingerprint))),
    ...(groups ? { groups: groups.map(groupSummary) } : {}),
    skipped: report.skipped,
    decoded: report.decoded,
    problems: report.problems,
    warnings: report.warnings,
  };
}

export const jsonReporter: Reporter = {
  format: 'json',
  write(report, out) {
    out(safeJson(JSON.stringify(reportJson(report), null, 2)) + '\n');
  },
};
