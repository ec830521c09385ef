import type { Report } from './model';
/** Findings listed on stderr at most; the rest are counted. */
export declare const LOG_MAX = 20;
/** Error annotations emitted at most: GitHub shows 10 per step (and 50 per job) and drops the rest. */
export declare const ANNOTATIONS_MAX = 10;
/** Rows of the step-summary table at most. */
export declare const SUMMARY_MAX = 100;
/** The compact list for stderr: one line per finding (per fingerprint in history), capped. */
export declare function logLines(report: Report): string[];
/** A workflow command's message (GitHub's escapeData): %, CR and LF percent-encoded. */
export declare function commandData(text: string): string;
/** A workflow command's property value (GitHub's escapeProperty): also ":" and ",". */
export declare function commandProperty(text: string): string;
/** Workflow-command annotations for GitHub Actions: the most urgent findings, then one line for the rest. */
export declare function annotationLines(report: Report): string[];
/** Text for one Markdown table cell: controls visible, Markdown and HTML syntax inert, one line. */
export declare function markdownCell(text: string): string;
/** The step summary: a heading, then a table of findings (capped), or a line saying the scan was clean. */
export declare function stepSummary(report: Report): string;
