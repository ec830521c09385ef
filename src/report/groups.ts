/**
 * History findings grouped by fingerprint (rule, path, secret identity): the same secret in the same
 * file, seen at many commits, is one thing to fix. The text report and SARIF show one entry per group;
 * JSON keeps every occurrence and adds the groups as a summary. Grouping works on whatever occurrences
 * the scan reported, however many that is for a given history walk.
 */
import type { Report, ReportedFinding } from './model';

/** One commit where a group's secret was seen. */
export interface GroupCommit {
  commit: string;
  date?: string;
}

/** The occurrences of one fingerprint. */
export interface FindingGroup {
  fingerprint: string;
  /** The most recent occurrence: its location and context stand for the group. */
  lead: ReportedFinding;
  /** Every occurrence, oldest first (the lead is the last). */
  occurrences: ReportedFinding[];
  first?: GroupCommit;
  last?: GroupCommit;
  /** Whether HEAD still holds the secret; undefined when the source cannot tell. */
  inHead?: boolean;
}

/** The summary of a group as the JSON report lists it. */
export interface GroupSummary {
  fingerprint: string;
  ruleId: string;
  path: string;
  occurrences: number;
  firstCommit?: string;
  firstDate?: string;
  lastCommit?: string;
  lastDate?: string;
  inHead?: boolean;
}

/** Oldest first by author date; the scan's own order breaks ties (git's walk is oldest first). */
function byDate(a: { f: ReportedFinding; i: number }, b: { f: ReportedFinding; i: number }): number {
  return (a.f.date ?? '').localeCompare(b.f.date ?? '') || a.i - b.i;
}

const commitOf = (f: ReportedFinding): GroupCommit | undefined => (f.commit ? { commit: f.commit, ...(f.date ? { date: f.date } : {}) } : undefined);

/** Groups findings by fingerprint, in the order each fingerprint first appears in the report. */
export function groupByFingerprint(findings: ReportedFinding[]): FindingGroup[] {
  const groups = new Map<string, Array<{ f: ReportedFinding; i: number }>>();
  findings.forEach((f, i) => {
    const list = groups.get(f.fingerprint);
    if (list) list.push({ f, i });
    else groups.set(f.fingerprint, [{ f, i }]);
  });
  return [...groups.entries()].map(([fingerprint, list]) => {
    const occurrences = list.sort(byDate).map((x) => x.f);
    const lead = occurrences[occurrences.length - 1];
    const known = occurrences.filter((f) => f.inHead !== undefined);
    return {
      fingerprint,
      lead,
      occurrences,
      first: commitOf(occurrences[0]),
      last: commitOf(lead),
      inHead: known.length ? known.some((f) => f.inHead) : undefined,
    };
  });
}

/** Groups for a report: history reports group by fingerprint; elsewhere every finding stands alone. */
export function reportGroups(report: Report): FindingGroup[] {
  if (report.source === 'history') return groupByFingerprint(report.findings);
  return report.findings.map((f) => ({ fingerprint: f.fingerprint, lead: f, occurrences: [f], first: commitOf(f), last: commitOf(f), inHead: f.inHead }));
}

/** The JSON summary of a group. */
export function groupSummary(g: FindingGroup): GroupSummary {
  return {
    fingerprint: g.fingerprint,
    ruleId: g.lead.ruleId,
    path: g.lead.path,
    occurrences: g.occurrences.length,
    ...(g.first ? { firstCommit: g.first.commit, firstDate: g.first.date } : {}),
    ...(g.last ? { lastCommit: g.last.commit, lastDate: g.last.date } : {}),
    ...(g.inHead !== undefined ? { inHead: g.inHead } : {}),
  };
}
