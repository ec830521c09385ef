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
/** Groups findings by fingerprint, in the order each fingerprint first appears in the report. */
export declare function groupByFingerprint(findings: ReportedFinding[]): FindingGroup[];
/** Groups for a report: history reports group by fingerprint; elsewhere every finding stands alone. */
export declare function reportGroups(report: Report): FindingGroup[];
/** The JSON summary of a group. */
export declare function groupSummary(g: FindingGroup): GroupSummary;
