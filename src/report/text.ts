/** Text: one block per finding for people reading a terminal or a CI log. */
import type { Report, ReportedFinding } from './model';
import type { Reporter, Style } from './types';
import { PLAIN } from './types';

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low', 'info'];
const MAX_SHOWN = 120;

function clip(s: string): string {
  const oneLine = s.replace(/\r?\n/g, '⏎');
  return oneLine.length > MAX_SHOWN ? `${oneLine.slice(0, MAX_SHOWN)}… (${s.length} chars)` : oneLine;
}

function block(f: ReportedFinding, style: Style): string {
  const sev = f.severity === 'critical' || f.severity === 'high' ? style.red(f.severity) : style.yellow(f.severity);
  const lines = [
    `${style.bold(f.ruleName)} ${style.dim(`[${f.ruleId}]`)} ${sev}`,
    `  ${style.cyan(`${f.path}:${f.line}:${f.column}`)}`,
    ...(f.commit ? [`  commit:      ${f.commit.slice(0, 12)} ${f.date?.slice(0, 10) ?? ''} ${f.author ?? ''} <${f.email ?? ''}>${f.alsoIn ? style.dim(` (+${f.alsoIn} more)`) : ''}`] : []),
    ...(f.inHead !== undefined ? [`  in HEAD:     ${f.inHead ? style.red('yes') : 'no (history only)'}${f.firstSeen ? style.dim(`, first seen ${f.firstSeen.slice(0, 10)}`) : ''}`] : []),
    `  secret:      ${clip(f.secret)}${f.checksumValid === false ? style.dim(' (checksum invalid)') : ''}${f.encoding ? style.dim(` (${f.encoding.join(' → ')} encoded)`) : ''}`,
    ...(f.verification ? [`  verified:    ${verification(f, style)}`] : []),
    `  line:        ${clip(f.lineText.trim())}`,
    `  fingerprint: ${style.dim(f.fingerprint)}`,
  ];
  return lines.join('\n');
}

function verification(f: ReportedFinding, style: Style): string {
  const v = f.verification!;
  const status = v.status === 'active' ? style.red(style.bold('ACTIVE')) : v.status === 'inactive' ? style.green('inactive') : v.status;
  const parts = [v.identity && `as ${v.identity}`, v.scopes?.length && `scopes: ${v.scopes.join(', ')}`, v.expiresAt && `expires ${v.expiresAt}`, v.status !== 'active' && v.reason];
  return [status, ...parts.filter(Boolean)].join(' · ');
}

/** A text reporter using the given colours. */
export function textReporter(style: Style = PLAIN): Reporter {
  return {
    format: 'text',
    write(report: Report, out) {
      const sorted = [...report.findings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
      for (const f of sorted) out(block(f, style) + '\n\n');
      if (report.skipped.length > 0) {
        out(style.dim(`Skipped ${report.skipped.length} file(s):`) + '\n');
        for (const s of report.skipped) out(style.dim(`  ${s.path} (${s.reason})`) + '\n');
      }
    },
  };
}
