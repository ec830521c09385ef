/** JSON: the machine-readable report, stable field order, secrets redacted unless --show-secrets. */
import type { Report, ReportedFinding } from './model';
import type { Reporter } from './types';
import { safeJson } from './escape';

function findingJson(f: ReportedFinding): Record<string, unknown> {
  const { lineText: _context, ...rest } = f;
  return rest;
}

/** The JSON document for a report. */
export function reportJson(report: Report): Record<string, unknown> {
  const { files, bytes, findings, skipped, decoded, ignored, ignoredFolders, durationMs, problems, complete, suppressed, allowlistedFiles, filtered } = report.summary;
  return {
    tool: report.tool,
    root: report.root,
    secretsShown: report.secretsShown,
    identity: report.identity,
    summary: { files, bytes, findings, skipped, decoded, ignored, ignoredFolders, durationMs, problems, complete, source: report.source, suppressed, allowlistedFiles, filtered, ...report.notes },
    findings: report.findings.map(findingJson),
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
