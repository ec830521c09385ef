import type { Report } from './model';
/** Output formats. */
export type ReportFormat = 'text' | 'json' | 'sarif';
export declare const REPORT_FORMATS: readonly ReportFormat[];
/** Colour functions for text output; identity functions when colour is off. */
export interface Style {
    bold(s: string): string;
    dim(s: string): string;
    red(s: string): string;
    yellow(s: string): string;
    cyan(s: string): string;
    green(s: string): string;
}
export declare const PLAIN: Style;
/** Renders a report in one format. */
export interface Reporter {
    readonly format: ReportFormat;
    write(report: Report, out: (chunk: string) => void): void;
}
