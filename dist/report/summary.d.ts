import type { Report } from './model';
/** Summary lines for stderr; the first says whether the scan is clean, has findings, or is incomplete. */
export declare function summaryLines(report: Report): string[];
