/**
 * Baselines: the findings a team has accepted, so only new ones are reported. Entries are (rule,
 * path, secret identity): no line numbers, no timestamps, no secrets, sorted, so an unchanged tree
 * gives a byte-identical file. A moved line is not new; a different secret on the same line is.
 * Version 2 records how identities were computed (engine/identity.ts). A version 1 baseline holds a
 * plain SHA-256 per secret; it is still read (each finding's old hash is computed in memory to match
 * it), with a warning to rewrite it with `tokenguard baseline migrate`.
 */
import { ConfigError } from '../errors';
import { legacySha256, type IdentityScheme } from '../engine/identity';
import { safeJson } from '../report/escape';

/** One accepted finding. */
export interface BaselineEntry {
  ruleId: string;
  path: string;
  secretId: string;
}

/** The baseline file. */
export interface Baseline {
  version: 2;
  identity: IdentityScheme;
  entries: BaselineEntry[];
}

/** A baseline as read: current, or an old one whose entries hold plain SHA-256 hashes. */
export type LoadedBaseline = { kind: 'current'; baseline: Baseline; shown: string } | { kind: 'legacy'; entries: BaselineEntry[]; shown: string };

/** What a finding offers a baseline: its entry fields and, for old baselines, the secret (never stored). */
type Matchable = BaselineEntry & { secret: string; identityText?: string };

const key = (e: BaselineEntry) => `${e.ruleId}\0${e.path}\0${e.secretId}`;
const HEX64 = /^[0-9a-f]{64}$/;

/** The baseline for a set of findings, deduplicated and sorted. */
export function createBaseline(findings: BaselineEntry[], identity: IdentityScheme): Baseline {
  const unique = new Map<string, BaselineEntry>();
  for (const f of findings) unique.set(key(f), { ruleId: f.ruleId, path: f.path, secretId: f.secretId });
  const entries = [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
  return { version: 2, identity, entries };
}

/** Serialised form: stable key order, one entry per line block, trailing newline. */
export function formatBaseline(b: Baseline): string {
  return safeJson(JSON.stringify(b, null, 2)) + '\n';
}

/** The baseline a scan picks up by itself, at the scanned root or the repository root (like .tokenguardignore). */
export const BASELINE_FILE = '.tokenguard-baseline.json';

/** Parses and checks baseline text; problems name the file and entry, never a value. */
export function parseBaseline(text: string, shown: string): LoadedBaseline {
  let data: { version?: unknown; identity?: unknown; entries?: unknown };
  try {
    data = JSON.parse(text);
  } catch {
    throw new ConfigError(`${shown}: cannot read baseline: invalid JSON`);
  }
  if (!data || (data.version !== 1 && data.version !== 2) || !Array.isArray(data.entries)) {
    throw new ConfigError(`${shown}: not a tokenguard baseline (expected {"version": 2, "identity": {...}, "entries": [...]})`);
  }
  const field = data.version === 1 ? 'secretSha256' : 'secretId';
  const entries = (data.entries as Array<Record<string, unknown>>).map((e, i) => {
    if (typeof e?.ruleId !== 'string' || typeof e.path !== 'string' || typeof e[field] !== 'string' || !HEX64.test(e[field] as string)) {
      throw new ConfigError(`${shown}: entries[${i}]: needs ruleId, path and a 64-hex ${field}`);
    }
    return { ruleId: e.ruleId, path: e.path, secretId: e[field] as string };
  });
  if (data.version === 1) return { kind: 'legacy', entries, shown };
  const identity = data.identity as IdentityScheme | undefined;
  if (!identity || (identity.scheme !== 'public-v2' && identity.scheme !== 'keyed-v2')) throw new ConfigError(`${shown}: identity: must name the scheme (public-v2 or keyed-v2)`);
  return { kind: 'current', baseline: { version: 2, identity, entries }, shown };
}

/** Throws when a baseline was written with other identities than this run computes (another key, or none). */
export function checkScheme(loaded: LoadedBaseline, run: IdentityScheme): void {
  if (loaded.kind !== 'current') return;
  const b = loaded.baseline.identity;
  if (b.scheme === run.scheme && b.keyId === run.keyId) return;
  const describe = (s: IdentityScheme) => (s.scheme === 'keyed-v2' ? `a hash key (id ${s.keyId})` : 'no hash key');
  throw new ConfigError(`${loaded.shown}: written with ${describe(b)}, but this run uses ${describe(run)}; set the same TOKENGUARD_HASH_KEY (or none) on every machine that shares the baseline`);
}

/** The one-line warning an old baseline gets. */
export function legacyWarning(shown: string): string {
  return `${shown}: an old baseline (version 1: a plain SHA-256 of each secret, which a dictionary reverses for human passwords); rewrite it with: tokenguard baseline migrate --from ${shown}`;
}

/** Drops findings the baseline already accepts. */
export function applyBaseline<T extends Matchable>(findings: T[], loaded: LoadedBaseline, run: IdentityScheme): { kept: T[]; suppressed: number; warnings: string[] } {
  checkScheme(loaded, run);
  const entries = loaded.kind === 'current' ? loaded.baseline.entries : loaded.entries;
  const known = new Set(entries.map(key));
  const idOf = (f: T) => (loaded.kind === 'current' ? f.secretId : legacySha256(f.identityText ?? f.secret));
  const kept = findings.filter((f) => !known.has(key({ ruleId: f.ruleId, path: f.path, secretId: idOf(f) })));
  return { kept, suppressed: findings.length - kept.length, warnings: loaded.kind === 'legacy' ? [legacyWarning(loaded.shown)] : [] };
}

/**
 * Rewrites an old baseline with current identities: each old entry whose secret the scan found again
 * (same rule, path and plain SHA-256) carries over; the others cannot be re-derived and are dropped.
 */
export function migrateBaseline<T extends Matchable>(old: BaselineEntry[], findings: T[], run: IdentityScheme): { baseline: Baseline; carried: number; dropped: number } {
  const wanted = new Set(old.map(key));
  const matched = new Set<string>();
  const carried: BaselineEntry[] = [];
  for (const f of findings) {
    const legacy = key({ ruleId: f.ruleId, path: f.path, secretId: legacySha256(f.identityText ?? f.secret) });
    if (!wanted.has(legacy)) continue;
    matched.add(legacy);
    carried.push(f);
  }
  const baseline = createBaseline(carried, run);
  return { baseline, carried: matched.size, dropped: wanted.size - matched.size };
}
