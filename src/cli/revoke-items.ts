/**
 * Turns a JSON report into the secrets `tokenguard revoke` acts on: each distinct secret once, taken
 * from the report when it was written with --show-secrets, or else re-read from the file or git blob
 * the report names and found again by rule and SHA-256 (so a redacted report is enough).
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../engine/analyze';
import { secretSha256 } from '../engine/fingerprint';
import type { OriginKind } from '../engine/fragment';
import type { RuleSet } from '../engine/ruleset';
import { InputError, UsageError } from '../errors';
import type { RevokeItem } from '../hooks/revoke';
import { reread } from '../sources/reread';
import type { VerifyOutcome } from '../verify/types';

/** The fields of a reported finding that revocation reads. */
export interface ReportEntry {
  ruleId: string;
  path: string;
  line?: number;
  secret: string;
  secretSha256: string;
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
  findings: ReportEntry[];
}

/** One secret to revoke, or why it cannot be. */
export interface RevokeCandidate {
  entry: ReportEntry;
  locations: number;
  item?: RevokeItem;
  problem?: string;
}

const isEntry = (f: unknown): f is ReportEntry => {
  const e = f as ReportEntry;
  return !!e && typeof e.ruleId === 'string' && typeof e.path === 'string' && typeof e.secretSha256 === 'string' && typeof e.fingerprint === 'string';
};

/** Reads and shape-checks a report file; errors name the file. */
export function loadReport(file: string): LoadedReport {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: ${code ? `cannot read report: ${code}` : 'not JSON; write the report with scan --format json'}`);
  }
  const r = data as { root?: unknown; secretsShown?: unknown; findings?: unknown };
  if (!r || !Array.isArray(r.findings)) throw new InputError(`${file}: not a tokenguard JSON report (no findings list)`);
  const bad = r.findings.findIndex((f) => !isEntry(f));
  if (bad >= 0) throw new InputError(`${file}: findings[${bad}]: missing ruleId, path, secretSha256 or fingerprint`);
  return { root: typeof r.root === 'string' ? r.root : undefined, secretsShown: r.secretsShown === true, findings: r.findings as ReportEntry[] };
}

/** The report's findings chosen by --rule and --only-active, one per distinct rule and secret. */
export function selectEntries(report: LoadedReport, ruleMatch: (id: string) => boolean, onlyActive: boolean): Array<{ entry: ReportEntry; locations: number }> {
  if (onlyActive && !report.findings.some((f) => f.verification)) throw new UsageError('--only-active: the report has no verification results; scan with --verify first');
  const chosen = new Map<string, { entry: ReportEntry; locations: number }>();
  for (const f of report.findings) {
    if (!ruleMatch(f.ruleId) || (onlyActive && f.verification?.status !== 'active')) continue;
    const key = `${f.ruleId}\0${f.secretSha256}`;
    const seen = chosen.get(key);
    if (seen) seen.locations++;
    else chosen.set(key, { entry: f, locations: 1 });
  }
  return [...chosen.values()];
}

/** Finds the secret again at the entry's location with the same rule and hash. */
async function recover(entry: ReportEntry, root: string | undefined, ruleSet: RuleSet): Promise<{ secret: string; needs?: Record<string, string> }> {
  if (!root) throw new InputError(`${entry.path}: the report records no root to re-read from; scan again with --show-secrets`);
  const bytes = await reread({ root, path: entry.path, source: entry.source, blob: entry.blob });
  const found = analyze({ bytes, path: entry.path, startLine: 1, offset: 0, overlap: 0, origin: { kind: entry.source } }, ruleSet);
  const hit = found.find((f) => f.ruleId === entry.ruleId && f.secretSha256 === entry.secretSha256);
  if (!hit) throw new InputError(`${entry.path}: the secret is no longer there; scan again with --show-secrets`);
  return { secret: hit.secret, needs: hit.needs };
}

/** Resolves each chosen entry to a RevokeItem, or a problem saying why it cannot be revoked. */
export async function candidatesFor(report: LoadedReport, chosen: Array<{ entry: ReportEntry; locations: number }>, ruleSet: () => RuleSet): Promise<RevokeCandidate[]> {
  const out: RevokeCandidate[] = [];
  for (const { entry, locations } of chosen) {
    const where = `${entry.path}${entry.line ? `:${entry.line}` : ''}`;
    try {
      const shown = report.secretsShown && secretSha256(entry.secret) === entry.secretSha256;
      const got = shown ? { secret: entry.secret, needs: entry.needs } : await recover(entry, report.root, ruleSet());
      out.push({ entry, locations, item: { ruleId: entry.ruleId, secret: got.secret, needs: got.needs, fingerprint: entry.fingerprint, where } });
    } catch (err) {
      out.push({ entry, locations, problem: (err as Error).message });
    }
  }
  return out;
}
