/**
 * GitHub code scanning takes at most 25,000 results per run. Past that, which results stay is decided
 * here: by how likely each is real, then severity, with a per-file quota so that neither decoys nor one
 * crowded file push a real secret out; and what was left out is counted and said.
 */
import { severityRank } from '../rules/types';
import type { ReportedFinding } from './model';

/** GitHub code scanning accepts at most this many results per run. */
export const SARIF_MAX_RESULTS = 25_000;

/** Results of one file kept before any file gets more: a file full of decoys cannot take every slot. */
export const SARIF_PER_FILE = 1000;

/**
 * How likely a finding is real: confirmed live first, then checksum-valid, then unknown, then
 * confirmed dead, and checksum-invalid lookalikes (the cheapest decoys to mass-produce) last.
 */
function validityRank(f: ReportedFinding): number {
  if (f.verification?.status === 'active') return 0;
  if (f.checksumValid === true) return 1;
  if (f.checksumValid === false) return 4;
  return f.verification?.status === 'inactive' ? 3 : 2;
}

/** What was left out of the run, and why. */
export interface SarifOverflow {
  omitted: number;
  /** Left-out results by kind: checksum-invalid lookalikes, verified-inactive secrets, the rest. */
  byKind: { checksumInvalid: number; inactive: number; other: number };
  /** Files that had more than SARIF_PER_FILE results, with how many of theirs were left out (at most 20). */
  crowdedFiles: Array<{ path: string; omitted: number }>;
}

/**
 * The findings that fit in one run, in report order. Past GitHub's limit they are ranked by validity,
 * then severity (stable within a rank), and taken in two passes: first at most SARIF_PER_FILE per
 * file, then whatever room is left in rank order. A flood of lookalikes, or of anything in one file,
 * cannot push a real secret elsewhere out of the run.
 */
export function keptResults(all: ReportedFinding[]): { kept: ReportedFinding[]; overflow: SarifOverflow } {
  const none: SarifOverflow = { omitted: 0, byKind: { checksumInvalid: 0, inactive: 0, other: 0 }, crowdedFiles: [] };
  if (all.length <= SARIF_MAX_RESULTS) return { kept: all, overflow: none };
  const order = all.map((f, i) => i).sort((a, b) => validityRank(all[a]) - validityRank(all[b]) || severityRank(all[a].severity) - severityRank(all[b].severity) || a - b);
  const chosen = new Set<number>();
  const perFile = new Map<string, number>();
  for (const i of order) {
    if (chosen.size >= SARIF_MAX_RESULTS) break;
    const n = perFile.get(all[i].path) ?? 0;
    if (n >= SARIF_PER_FILE) continue;
    perFile.set(all[i].path, n + 1);
    chosen.add(i);
  }
  for (const i of order) {
    if (chosen.size >= SARIF_MAX_RESULTS) break;
    chosen.add(i);
  }
  const overflow = none;
  const crowded = new Map<string, number>();
  all.forEach((f, i) => {
    if (chosen.has(i)) return;
    overflow.omitted++;
    const rank = validityRank(f);
    if (rank === 4) overflow.byKind.checksumInvalid++;
    else if (rank === 3) overflow.byKind.inactive++;
    else overflow.byKind.other++;
    if ((perFile.get(f.path) ?? 0) >= SARIF_PER_FILE) crowded.set(f.path, (crowded.get(f.path) ?? 0) + 1);
  });
  overflow.crowdedFiles = [...crowded]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20)
    .map(([path, omitted]) => ({ path, omitted }));
  return { kept: all.filter((_, i) => chosen.has(i)), overflow };
}

/** What was left out, in words: counts by kind, never paths (those are in the run's properties). */
export function overflowText(o: SarifOverflow): string {
  const kinds = [
    o.byKind.checksumInvalid && `${o.byKind.checksumInvalid} checksum-invalid lookalikes`,
    o.byKind.inactive && `${o.byKind.inactive} verified inactive`,
    o.byKind.other && `${o.byKind.other} others`,
  ].filter(Boolean);
  const files = o.crowdedFiles.length ? `; ${o.crowdedFiles.length} file(s) had more than ${SARIF_PER_FILE} results` : '';
  return `${kinds.join(', ')}${files}`;
}

/** The line the summary on stderr gets when results were left out of the SARIF run. */
export function overflowWarning(total: number, o?: SarifOverflow): string | undefined {
  const omitted = total - SARIF_MAX_RESULTS;
  if (omitted <= 0) return undefined;
  const detail = o ? ` (${overflowText(o)})` : '';
  return `SARIF holds ${SARIF_MAX_RESULTS} of ${total} findings (GitHub's limit per run; confirmed and checksum-valid secrets first, then by severity, at most ${SARIF_PER_FILE} per file before any file gets more); ${omitted} left out${detail}, listed in the JSON report (--format json)`;
}
