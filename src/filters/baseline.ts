/**
 * Baselines: the findings a team has accepted, so only new ones are reported. Entries are (rule,
 * path, secret SHA-256): no line numbers, no timestamps, no secrets, sorted, so an unchanged tree gives
 * a byte-identical file. A moved line is not new; a different secret on the same line is.
 */
import { readFileSync } from 'node:fs';
import { ConfigError } from '../errors';

/** One accepted finding. */
export interface BaselineEntry {
  ruleId: string;
  path: string;
  secretSha256: string;
}

/** The baseline file. */
export interface Baseline {
  version: 1;
  entries: BaselineEntry[];
}

const key = (e: BaselineEntry) => `${e.ruleId}\0${e.path}\0${e.secretSha256}`;

/** The baseline for a set of findings, deduplicated and sorted. */
export function createBaseline(findings: BaselineEntry[]): Baseline {
  const unique = new Map<string, BaselineEntry>();
  for (const f of findings) unique.set(key(f), { ruleId: f.ruleId, path: f.path, secretSha256: f.secretSha256 });
  const entries = [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
  return { version: 1, entries };
}

/** Serialised form: stable key order, one entry per line block, trailing newline. */
export function formatBaseline(b: Baseline): string {
  return JSON.stringify(b, null, 2) + '\n';
}

/** The baseline a scan picks up by itself, at the scanned root or the repository root (like .tokenguardignore). */
export const BASELINE_FILE = '.tokenguard-baseline.json';

/** Reads and checks a baseline file; problems name the file (as `shown`). */
export function readBaseline(file: string, shown = file): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code ?? 'invalid JSON';
    throw new ConfigError(`${shown}: cannot read baseline: ${why}`);
  }
  const b = data as Baseline;
  if (!b || b.version !== 1 || !Array.isArray(b.entries)) throw new ConfigError(`${shown}: not a tokenguard baseline (expected {"version": 1, "entries": [...]})`);
  b.entries.forEach((e, i) => {
    if (typeof e?.ruleId !== 'string' || typeof e.path !== 'string' || !/^[0-9a-f]{64}$/.test(e.secretSha256 ?? '')) {
      throw new ConfigError(`${shown}: entries[${i}]: needs ruleId, path and a 64-hex secretSha256`);
    }
  });
  return b;
}

/** Drops findings the baseline already accepts. */
export function applyBaseline<T extends BaselineEntry>(findings: T[], baseline: Baseline): { kept: T[]; suppressed: number } {
  const known = new Set(baseline.entries.map(key));
  const kept = findings.filter((f) => !known.has(key(f)));
  return { kept, suppressed: findings.length - kept.length };
}
