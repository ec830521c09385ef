import type { ReportFormat, Reporter, Style } from './types';
/** The reporter for a format, loaded when asked for (the pre-commit check only ever needs text). */
export declare function reporterFor(format: ReportFormat, style?: Style): Reporter;
