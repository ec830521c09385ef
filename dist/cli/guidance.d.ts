import type { Report } from '../report/model';
/** `show(path)` turns an absolute path into what the user should type (relative to their directory, "." for it). */
export declare function stagedGuidance(report: Report, show?: (abs: string) => string): string[];
