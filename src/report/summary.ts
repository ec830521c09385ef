/** The short human summary printed on stderr after every scan. */
import { formatSize } from '../util/size';
import type { Report } from './model';

const MECHANISM: Record<string, string> = { allowlist: 'by allowlists', inline: 'by inline markers', ignoreFile: 'by the ignore file', baseline: 'by the baseline' };

function countBy<T>(items: T[], key: (t: T) => string): string {
  const counts = new Map<string, number>();
  for (const it of items) counts.set(key(it), (counts.get(key(it)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
}

/** Summary lines for stderr; the first says whether the scan is clean, has findings, or is incomplete. */
export function summaryLines(report: Report): string[] {
  const s = report.summary;
  const scope = `${s.files} file${s.files === 1 ? '' : 's'}, ${formatSize(s.bytes)}, ${s.durationMs} ms`;
  const lines: string[] = [];
  if (s.findings > 0) {
    lines.push(`tokenguard: ${s.findings} finding${s.findings === 1 ? '' : 's'} (${countBy(report.findings, (f) => f.severity)}) in ${scope}`);
  } else if (s.complete) {
    lines.push(`tokenguard: no secrets found in ${scope}`);
  } else {
    lines.push(`tokenguard: no secrets found in what could be scanned (${scope}), but the scan is INCOMPLETE`);
  }
  const suppressed = Object.entries(s.suppressed).filter(([, n]) => n > 0);
  if (suppressed.length > 0) {
    const total = suppressed.reduce((n, [, c]) => n + c, 0);
    lines.push(`tokenguard: suppressed ${total} finding${total === 1 ? '' : 's'} (${suppressed.map(([k, n]) => `${n} ${MECHANISM[k] ?? k}`).join(', ')}); --no-suppress shows them`);
  }
  const unchanged = Number(report.notes.unchangedLines ?? 0);
  if (unchanged > 0) lines.push(`tokenguard: ${unchanged} finding${unchanged === 1 ? '' : 's'} on lines the commit does not add not reported (--only-added-lines)`);
  if (s.allowlistedFiles > 0) lines.push(`tokenguard: ${s.allowlistedFiles} file${s.allowlistedFiles === 1 ? '' : 's'} not read: allowlisted paths`);
  if (report.notes.shallow) lines.push('tokenguard: warning: the repository is a shallow clone; history before its boundary was not scanned');
  if (s.skipped > 0) lines.push(`tokenguard: skipped ${s.skipped} file${s.skipped === 1 ? '' : 's'} (${countBy(report.skipped, (k) => k.reason)}); they are listed in the report`);
  for (const w of report.warnings) lines.push(`tokenguard: warning: ${w}`);
  if (!s.complete) {
    lines.push(`tokenguard: error: scan incomplete, ${s.problems} item${s.problems === 1 ? '' : 's'} could not be scanned:`);
    for (const p of report.problems.slice(0, 20)) lines.push(`  ${p.path ? `${p.path}: ` : ''}${p.message}`);
    if (report.problems.length > 20) lines.push(`  … and ${report.problems.length - 20} more (see the JSON report)`);
  }
  return lines;
}
