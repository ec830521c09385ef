/** JSON: the machine-readable report, stable field order, secrets redacted unless --show-secrets. */
import type { Report } from './model';
import type { Reporter } from './types';
/** The JSON document for a report. */
export declare function reportJson(report: Report): Record<string, unknown>;
export declare const jsonReporter: Reporter;
