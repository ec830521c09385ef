/**
 * Turns a JSON report into the secrets `tokenguard revoke` acts on: each distinct secret once, taken
 * from the report when it was written with --show-secrets, or else re-read from the file or git blob
 * the report names and found again by rule and secret identity (so a redacted report is enough). A
 * report from before identities v2 carries `secretSha256`; it is matched by the plain hash, in memory.
 * Re-detection runs with the engine options the report records (decode depth, inline markers, whether
 * suppressions were on), so a secret only a deeper decoding or a --no-suppress scan found is found again.
 */
import { readFileSync } from 'node:fs';
import { identityScheme, legacySha256, type IdentityCache, type IdentityScheme } from '../engine/identity';
import type { OriginKind } from '../engine/fragment';
import { engineFromRecord, type EngineRecord, type RuleSet } from '../engine/ruleset';
import { InputError, UsageError } from '../errors';
import type { RevokeItem } from '../hooks/revoke';
import type { RuleSpec } from '../rules/registry';
import { analyzeContent } from '../scan/item';
import { reread } from '../sources/reread';
import type { VerifyOutcome } from '../verify/types';

/** The fields of a reported finding that revocation reads. */
export interface ReportEntry {
  ruleId: string;
  path: string;
  line?: number;
  secret: string;
  /** The secret's identity (v2 reports); an older report has secretSha256 instead. */
  secretId?: string;
  secretSha256?: string;
  fingerprint: string;
  source: OriginKind;
  blob?: string;
  needs?: Record<string, string>;
  verification?: VerifyOutcome;
}

/** A report as `scan --format json` writes it (the parts revocation needs). */
export interface LoadedReport {
  root?: string;
  secretsShown: boolean;
  /** How the report's identities were computed (absent in reports from before identities v2). */
  identity?: IdentityScheme;
  /** The engine options of the scan (absent in reports from before they were recorded: the defaults then). */
  engine?: EngineRecord;
  findings: ReportEntry[];
}

/** An entry's identity as the report wrote it, new or old. */
const idOf = (e: ReportEntry) => e.secretId ?? e.secretSha256 ?? '';

/** One secret to revoke, or why it cannot be. */
export interface RevokeCandidate {
  entry: ReportEntry;
  locations: number;
  item?: RevokeItem;
  problem?: string;
}

const isEntry = (f: unknown): f is ReportEntry => {
  const e = f as ReportEntry;
  return !!e && typeof e.ruleId === 'string' && typeof e.path === 'string' && (typeof e.secretId === 'string' || typeof e.secretSha256 === 'string') && typeof e.fingerprint === 'string';
};

const isBool = (v: unknown) => v === undefined || typeof v === 'boolean';

/** The report's engine record, shape-checked (undefined when it has none). */
function engineOf(file: string, value: unknown): EngineRecord | undefined {
  if (value === undefined) return undefined;
  const e = value as Partial<EngineRecord> | null;
  const depthOk = typeof e?.decodeDepth === 'number' && Number.isSafeInteger(e.decodeDepth) && e.decodeDepth >= 0;
  const markersOk = Array.isArray(e?.ignoreMarkers) && e.ignoreMarkers.every((m) => typeof m === 'string');
  if (!e || !depthOk || !markersOk || !isBool(e.markInline) || !isBool(e.suppress)) {
    throw new InputError(`${file}: engine: expected {"decodeDepth": a whole number, "ignoreMarkers": [strings]}`);
  }
  return e as EngineRecord;
}

/**
 * Reads and shape-checks a report file; errors name the file.
 * @lazy loaded with require() by cli/commands/revoke.ts, which knip does not follow
 */
export function loadReport(file: string): LoadedReport {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: ${code ? `cannot read report: ${code}` : 'not JSON; write the report with scan --format json'}`);
  }
  const r = data as { root?: unknown; secretsShown?: unknown; identity?: unknown; engine?: unknown; findings?: unknown };
  if (!r || !Array.isArray(r.findings)) throw new InputError(`${file}: not a tokenguard JSON report (no findings list)`);
  const bad = r.findings.findIndex((f) => !isEntry(f));
  if (bad >= 0) throw new InputError(`${file}: findings[${bad}]: missing ruleId, path, secretId or fingerprint`);
  const identity = r.identity && typeof r.identity === 'object' ? (r.identity as IdentityScheme) : undefined;
  const engine = engineOf(file, r.engine);
  return { root: typeof r.root === 'string' ? r.root : undefined, secretsShown: r.secretsShown === true, identity, engine, findings: r.findings as ReportEntry[] };
}

/**
 * The rules a redacted report's secrets are re-detected with: `spec` (the config's rules, loaded with the
 * report's `suppress`) running with the engine options the report records.
 * @lazy loaded with require() by cli/commands/revoke.ts, which knip does not follow
 */
export function redetectionSpec(spec: RuleSpec, report: LoadedReport): RuleSpec {
  return report.engine ? { ...spec, engine: engineFromRecord(report.engine) } : spec;
}

/**
 * The report's findings chosen by --rule and --only-active, one per distinct rule and secret.
 * @lazy loaded with require() by cli/commands/revoke.ts, which knip does not follow
 */
export function selectEntries(report: LoadedReport, ruleMatch: (id: string) => boolean, onlyActive: boolean): Array<{ entry: ReportEntry; locations: number }> {
  if (onlyActive && !report.findings.some((f) => f.verification)) throw new UsageError('--only-active: the report has no verification results; scan with --verify first');
  const chosen = new Map<string, { entry: ReportEntry; locations: number }>();
  for (const f of report.findings) {
    if (!ruleMatch(f.ruleId) || (onlyActive && f.verification?.status !== 'active')) continue;
    const key = `${f.ruleId}\0${idOf(f)}`;
    const seen = chosen.get(key);
    if (seen) seen.locations++;
    else chosen.set(key, { entry: f, locations: 1 });
  }
  return [...chosen.values()];
}

/** True when `secret` has the identity the entry records (computed the way the report did). */
async function matches(entry: ReportEntry, secret: string, ids: IdentityCache): Promise<boolean> {
  return entry.secretId !== undefined ? (await ids.get(secret)) === entry.secretId : legacySha256(secret) === entry.secretSha256;
}

/** Finds the secret again at the entry's location with the same rule and identity. */
async function recover(entry: ReportEntry, root: string | undefined, ruleSet: RuleSet, ids: IdentityCache): Promise<{ secret: string; needs?: Record<string, string> }> {
  if (!root) throw new InputError(`${entry.path}: the report records no root to re-read from; scan again with --show-secrets`);
  const bytes = await reread({ root, path: entry.path, source: entry.source, blob: entry.blob });
  const found = analyzeContent(bytes, entry.path, { kind: entry.source }, ruleSet);
  for (const f of found) if (f.ruleId === entry.ruleId && (await matches(entry, f.secret, ids))) return { secret: f.secret, needs: f.needs };
  throw new InputError(`${entry.path}: the secret is no longer there; scan again with --show-secrets`);
}

/**
 * Resolves each chosen entry to a RevokeItem, or a problem saying why it cannot be revoked.
 * @lazy loaded with require() by cli/commands/revoke.ts, which knip does not follow
 */
export async function candidatesFor(report: LoadedReport, chosen: Array<{ entry: ReportEntry; locations: number }>, ruleSet: () => RuleSet, ids: IdentityCache): Promise<RevokeCandidate[]> {
  const out: RevokeCandidate[] = [];
  const run = identityScheme(ids.key);
  // Identities from another key cannot be computed here: say so instead of "no longer there".
  const otherKey = report.identity !== undefined && (report.identity.scheme !== run.scheme || report.identity.keyId !== run.keyId);
  for (const { entry, locations } of chosen) {
    const where = `${entry.path}${entry.line ? `:${entry.line}` : ''}`;
    try {
      if (otherKey) throw new InputError(`${entry.path}: the report was written with another hash key (or none); run revoke with the same TOKENGUARD_HASH_KEY`);
      const shown = report.secretsShown && (await matches(entry, entry.secret, ids));
      const got = shown ? { secret: entry.secret, needs: entry.needs } : await recover(entry, report.root, ruleSet(), ids);
      out.push({ entry, locations, item: { ruleId: entry.ruleId, secret: got.secret, needs: got.needs, fingerprint: entry.fingerprint, where } });
    } catch (err) {
      out.push({ entry, locations, problem: (err as Error).message });
    }
  }
  return out;
}
