/**
 * `.tokenguardignore`: one fingerprint per line, an optional `expires=YYYY-MM-DD`, and an optional
 * `# reason`. An expired entry stops suppressing and produces a warning; with --report-stale-ignores,
 * entries that matched nothing are reported too. Messages name the file and line, never what the
 * line says (an entry or a reason can hold a pasted secret). An entry written before secret identities
 * changed (a pre-v2 fingerprint) still matches, with a warning naming the line to replace.
 */
import { legacyFingerprint } from '../engine/identity';
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
    if (!/^[0-9a-f]{32}$/.test(fingerprint)) problems.push(`${file}:${i + 1}: not a fingerprint (expected 32 hex characters)`);
    for (const opt of rest) {
      const m = /^expires=(\d{4}-\d{2}-\d{2})$/.exec(opt);
      if (m && !Number.isNaN(Date.parse(`${m[1]}T00:00:00Z`))) entry.expires = m[1];
      else problems.push(`${file}:${i + 1}: unknown option (expected expires=YYYY-MM-DD)`);
    }
    entries.push(entry);
  });
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return entries;
}

/** What a finding offers the ignore file: its fingerprint and, for pre-v2 entries, what the old one was made of. */
type Ignorable = { fingerprint: string; ruleId: string; path: string; secret: string; identityText?: string };

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
export function applyIgnoreFile<T extends Ignorable>(findings: T[], entries: IgnoreEntry[], shown: string, reportStale: boolean, now = today()): IgnoreOutcome<T> {
  const live = new Map<string, IgnoreEntry>();
  const warnings: string[] = [];
  for (const e of entries) {
    if (e.expires && e.expires < now) warnings.push(`${shown}:${e.line}: entry expired on ${e.expires} and no longer suppresses`);
    else live.set(e.fingerprint, e);
  }
  const used = new Set<string>();
  const kept = findings.filter((f) => {
    if (live.has(f.fingerprint)) {
      used.add(f.fingerprint);
      return false;
    }
    const old = live.size > 0 ? legacyFingerprint(f) : '';
    if (!live.has(old)) return true;
    used.add(old);
    warnings.push(`${shown}:${live.get(old)!.line}: an old-style fingerprint (plain SHA-256 identity); replace it with ${f.fingerprint}`);
    return false;
  });
  if (reportStale) {
    for (const e of live.values()) if (!used.has(e.fingerprint)) warnings.push(`${shown}:${e.line}: stale entry: it matched no finding`);
  }
  return { kept, suppressed: findings.length - kept.length, warnings };
}
