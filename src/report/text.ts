/**
 * Text: one block per finding for people reading a terminal or a CI log. Every field that comes from
 * the repository or a provider is escaped (report/escape.ts) before it is styled.
 */
import { escapeField as esc, neutralizeCommands } from './escape';
import { reportGroups, type FindingGroup } from './groups';
import type { Report, ReportedFinding } from './model';
import type { Reporter, Style } from './types';
import { PLAIN } from './types';
import { severityRank } from '../rules/types';
const MAX_SHOWN = 120;

function clip(s: string): string {
  const oneLine = esc(s.replace(/\r?\n/g, '⏎'), true);
  return oneLine.length > MAX_SHOWN ? `${oneLine.slice(0, MAX_SHOWN)}… (${s.length} chars)` : oneLine;
}

/**
 * The context line, at most MAX_SHOWN characters centred on the secret: in a minified file the secret
 * can sit hundreds of characters into the line, where a cut from the start would never reach it.
 */
export function excerpt(line: string, secret: string): string {
  const oneLine = esc(line.trim().replace(/\r?\n/g, '⏎'), true);
  if (oneLine.length <= MAX_SHOWN) return oneLine;
  const shown = esc(secret.split(/\r?\n/)[0], true);
  const at = shown ? oneLine.indexOf(shown) : -1;
  if (at < 0) return `${oneLine.slice(0, MAX_SHOWN)}…`;
  const mid = at + Math.min(shown.length, MAX_SHOWN) / 2;
  const from = Math.max(0, Math.min(oneLine.length - MAX_SHOWN, Math.round(mid - MAX_SHOWN / 2)));
  const to = from + MAX_SHOWN;
  return `${from > 0 ? '…' : ''}${oneLine.slice(from, to)}${to < oneLine.length ? '…' : ''}`;
}

/** Where a group was seen: one commit as before, or the first and last of many. */
function commitLines(g: FindingGroup, style: Style): string[] {
  const f = g.lead;
  if (!f.commit) return [];
  const one = (c: ReportedFinding) => `${esc(c.commit!.slice(0, 12))} ${esc(c.date?.slice(0, 10) ?? '')} ${esc(c.author ?? '')} <${esc(c.email ?? '')}>`;
  if (g.occurrences.length === 1) return [`  commit:      ${one(f)}${f.alsoIn ? style.dim(` (+${f.alsoIn} more)`) : ''}`];
  return [`  seen in:     ${seenIn(g)} ${style.dim('(one block per fingerprint; every occurrence is in the JSON report)')}`, `  first:       ${one(g.occurrences[0])}`, `  last:        ${one(f)}`];
}

function seenIn(g: FindingGroup): string {
  const commits = new Set(g.occurrences.map((o) => o.commit)).size;
  return commits === g.occurrences.length ? `${commits} commits` : `${commits} commits (${g.occurrences.length} occurrences)`;
}

function block(g: FindingGroup, style: Style): string {
  const f = g.lead;
  const sev = f.severity === 'critical' || f.severity === 'high' ? style.red(f.severity) : style.yellow(f.severity);
  const inHead = g.inHead ?? f.inHead;
  const lines = [
    `${style.bold(esc(f.ruleName))} ${style.dim(`[${esc(f.ruleId)}]`)} ${sev}`,
    `  ${style.cyan(`${esc(f.path)}:${f.line}:${f.column}`)}`,
    ...commitLines(g, style),
    ...(inHead !== undefined ? [`  in HEAD:     ${inHead ? style.red('yes') : 'no (history only)'}${f.firstSeen ? style.dim(`, first seen ${f.firstSeen.slice(0, 10)}`) : ''}`] : []),
    `  secret:      ${clip(f.secret)}${f.checksumValid === false ? style.dim(' (checksum invalid)') : ''}${f.encoding ? style.dim(` (${f.encoding.join(' → ')} encoded)`) : ''}`,
    ...(f.verification ? [`  verified:    ${verification(f, style)}`] : []),
    `  line:        ${excerpt(f.lineText, f.secret)}`,
    ...(f.notes ?? []).map((n) => `  note:        ${style.yellow(esc(n))}`),
    `  fingerprint: ${style.dim(f.fingerprint)}`,
  ];
  return lines.join('\n');
}

function verification(f: ReportedFinding, style: Style): string {
  const v = f.verification!;
  const status = v.status === 'active' ? style.red(style.bold('ACTIVE')) : v.status === 'inactive' ? style.green('inactive') : v.status;
  const parts = [v.identity && `as ${v.identity}`, v.scopes?.length && `scopes: ${v.scopes.join(', ')}`, v.expiresAt && `expires ${v.expiresAt}`, v.status !== 'active' && v.reason];
  return [status, ...parts.filter((p): p is string => typeof p === 'string' && p !== '').map((p) => esc(p))].join(' · ');
}

/**
 * Skipped entries, each path and reason once with how many there are, in first-seen order: a history
 * lists every version of a skipped file (a lockfile changed in 800 commits is 800 entries in JSON).
 */
function skippedOnce(skipped: Report['skipped']): Array<{ path: string; reason: string; count: number }> {
  const byKey = new Map<string, { path: string; reason: string; count: number }>();
  for (const s of skipped) {
    const key = `${s.path}\0${s.reason}`;
    const seen = byKey.get(key);
    if (seen) seen.count++;
    else byKey.set(key, { path: s.path, reason: s.reason, count: 1 });
  }
  return [...byKey.values()];
}

/** A text reporter using the given colours. */
export function textReporter(style: Style = PLAIN): Reporter {
  return {
    format: 'text',
    write(report: Report, out) {
      const sorted = reportGroups(report).sort((a, b) => severityRank(a.lead.severity) - severityRank(b.lead.severity));
      // Escaped fields cannot hold a newline, so this only catches a line a field begins with "::".
      for (const g of sorted) out(neutralizeCommands(block(g, style) + '\n\n'));
      if (report.skipped.length > 0) {
        out(style.dim(`Skipped ${report.skipped.length} file(s):`) + '\n');
        for (const { path, reason, count } of skippedOnce(report.skipped)) {
          const times = count > 1 ? `, ${count} versions` : '';
          out(neutralizeCommands(style.dim(`  ${esc(path)} (${reason}${times})`) + '\n'));
        }
      }
    },
  };
}
