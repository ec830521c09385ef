import type { Report } from './model';
import type { Reporter } from './types';
export { SARIF_MAX_RESULTS } from './sarif-cap';
/** GitHub truncates rule descriptions beyond this many characters. */
export declare const SARIF_MAX_DESCRIPTION = 1024;
export declare const INFORMATION_URI = "https://github.com/tokenguard/tokenguard";
/** A relative path as a URI reference: each segment percent-encoded, "/" kept. */
export declare function pathToUri(path: string): string;
/** Related locations a grouped result lists at most; the rest are counted in its properties. */
export declare const SARIF_MAX_RELATED = 100;
/** The SARIF log for a report (one result per fingerprint in history); with --show-secrets the message still carries only the redacted form. */
export declare function reportSarif(report: Report): {
    $schema: string;
    version: string;
    runs: {
        tool: {
            driver: {
                name: string;
                version: string;
                semanticVersion: string;
                informationUri: string;
                rules: {
                    defaultConfiguration: {
                        level: "error" | "warning" | "note";
                    };
                    properties: {
                        'security-severity': string;
                        tags: string[];
                        precision: string;
                        'problem.severity': string;
                    };
                    helpUri?: string | undefined;
                    id: string;
                    name: string;
                    shortDescription: {
                        text: string;
                    };
                    fullDescription: {
                        text: string;
                    };
                    help: {
                        text: string;
                    };
                }[];
            };
        };
        invocations: {
            executionSuccessful: boolean;
            toolExecutionNotifications: {
                level: "error";
                message: {
                    text: string;
                };
            }[];
        }[];
        originalUriBaseIds: {
            '%SRCROOT%': {
                uri?: string;
                description: {
                    text: string;
                };
            };
        };
        results: {
            partialFingerprints: {
                'tokenguard/v1': string;
            };
            properties: Record<string, unknown>;
            relatedLocations?: {
                id: number;
                physicalLocation: {
                    artifactLocation: {
                        uri: string;
                        uriBaseId: string;
                    };
                    region: {
                        startLine: number;
                        startColumn: number;
                        endLine: number;
                        endColumn: number;
                    };
                };
                message: {
                    text: string;
                };
                properties: {
                    date?: string | undefined;
                    commit?: string | undefined;
                };
            }[] | undefined;
            ruleId: string;
            ruleIndex: number;
            level: "error" | "warning" | "note";
            message: {
                text: string;
            };
            locations: {
                physicalLocation: {
                    artifactLocation: {
                        uri: string;
                        uriBaseId: string;
                    };
                    region: {
                        startLine: number;
                        startColumn: number;
                        endLine: number;
                        endColumn: number;
                    };
                };
            }[];
        }[];
        properties: {
            skipped: number;
            decoded: number;
            ignored: number;
            omittedByKind?: {
                checksumInvalid: number;
                inactive: number;
                other: number;
            } | undefined;
            crowdedFiles?: {
                path: string;
                omitted: number;
            }[] | undefined;
            resultsOmitted: number;
            fingerprints?: number | undefined;
            files: number;
            bytes: number;
            findings: number;
        };
    }[];
};
export declare const sarifReporter: Reporter;
