/**
 * `.tokenguardignore`: one fingerprint per line, an optional `expires=YYYY-MM-DD`, and an optional
 * `# reason`. An expired entry stops suppressing and produces a warning; with --report-stale-ignores,
 * entries that matched nothing are reported too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { ConfigError } from '../errors';

/** One line of the ignore file. */
export interface IgnoreEntry {
  fingerprint: string;
  /** Last day the entry applies (inclusive), YYYY-MM-DD. */
  expires?: string;
  reason?: string;
  line: number;
}

export const IGNORE_FILE = '.tokenguardignore';

/** Parses the ignore file text; a malformed line is a ConfigError naming the file and line. */
export function parseIgnoreFile(text: string, file: string): IgnoreEntry[] {
  const entries: IgnoreEntry[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const hash = raw.indexOf('#');
    const body = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    const reason = hash >= 0 ? raw.slice(hash + 1).trim() || undefined : undefined;
    if (!body) return;
    const [fingerprint, ...rest] = body.split(/\s+/);
    const entry: IgnoreEntry = { fingerprint, line: i + 1, ...(reason ? { reason } : {}) };
    if (!/^[0-9a-f]{32}$/.test(fingerprint)) problems.push(`${file}:${i + 1}: not a fingerprint (32 hex characters): "${fingerprint.slice(0, 40)}"`);
    for (const opt of rest) {
      const m = /^expires=(\d{4}-\d{2}-\d{2})$/.exec(opt);
      if (m && !Number.isNaN(Date.parse(`${m[1]}T00:00:00Z`))) entry.expires = m[1];
      else problems.push(`${file}:${i + 1}: unknown option "${opt}" (expected expires=YYYY-MM-DD)`);
    }
    entries.push(entry);
  });
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return entries;
}

/** Reads the ignore file if it exists. */
export function loadIgnoreFile(file: string, shown = file): IgnoreEntry[] {
  if (!existsSync(file)) return [];
  return parseIgnoreFile(readFileSync(file, 'utf8'), shown);
}

/** Today as YYYY-MM-DD (UTC), the clock expiry is judged by. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** What applying the ignore file did. */
export interface IgnoreOutcome<T> {
  kept: T[];
  suppressed: number;
  warnings: string[];
}

/** Drops findings whose fingerprint has a live entry; warns about expired (and, if asked, stale) entries. */
export function applyIgnoreFile<T extends { fingerprint: string }>(findings: T[], entries: IgnoreEntry[], shown: string, reportStale: boolean, now = today()): IgnoreOutcome<T> {
  const live = new Map<string, IgnoreEntry>();
  const warnings: string[] = [];
  for (const e of entries) {
    if (e.expires && e.expires < now) warnings.push(`${shown}:${e.line}: entry for ${e.fingerprint} expired on ${e.expires} and no longer suppresses${e.reason ? ` (${e.reason})` : ''}`);
    else live.set(e.fingerprint, e);
  }
  const used = new Set<string>();
  const kept = findings.filter((f) => {
    if (!live.has(f.fingerprint)) return true;
    used.add(f.fingerprint);
    return false;
  });
  if (reportStale) {
    for (const e of live.values()) if (!used.has(e.fingerprint)) warnings.push(`${shown}:${e.line}: stale entry: ${e.fingerprint} matched no finding`);
  }
  return { kept, suppressed: findings.length - kept.length, warnings };
}
