/** Exit codes: the contract with shells, hooks and CI. */
export declare const ExitCode: {
    /** The scan finished and found nothing to report. */
    readonly Clean: 0;
    /** The scan finished and reported at least one finding. */
    readonly Findings: 1;
    /** Bad usage, bad config or rules, unreadable input, or a scan that could not cover everything. */
    readonly Error: 2;
};
/** Base of every error tokenguard raises on purpose; carries the exit code the CLI maps it to. */
export declare class TokenguardError extends Error {
    readonly exitCode: number;
    constructor(message: string);
}
/** Wrong flags or arguments. */
export declare class UsageError extends TokenguardError {
}
/** An invalid configuration file; the message names the file and key path. */
export declare class ConfigError extends TokenguardError {
}
/** A rule that cannot load (schema, RE2 compile, capture groups); the message names the rule id. */
export declare class RuleError extends TokenguardError {
}
/** Input that could not be read at all (a missing path, stdin failure). */
export declare class InputError extends TokenguardError {
}
/** git failed, a repository is corrupt, or an object is missing. */
export declare class GitError extends TokenguardError {
}
