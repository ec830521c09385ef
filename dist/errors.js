"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GitError = exports.InputError = exports.RuleError = exports.ConfigError = exports.UsageError = exports.TokenguardError = exports.ExitCode = void 0;
/** Exit codes: the contract with shells, hooks and CI. */
exports.ExitCode = {
    /** The scan finished and found nothing to report. */
    Clean: 0,
    /** The scan finished and reported at least one finding. */
    Findings: 1,
    /** Bad usage, bad config or rules, unreadable input, or a scan that could not cover everything. */
    Error: 2,
};
/** Base of every error tokenguard raises on purpose; carries the exit code the CLI maps it to. */
class TokenguardError extends Error {
    exitCode = exports.ExitCode.Error;
    constructor(message) {
        super(message);
        this.name = new.target.name;
    }
}
exports.TokenguardError = TokenguardError;
/** Wrong flags or arguments. */
class UsageError extends TokenguardError {
}
exports.UsageError = UsageError;
/** An invalid configuration file; the message names the file and key path. */
class ConfigError extends TokenguardError {
}
exports.ConfigError = ConfigError;
/** A rule that cannot load (schema, RE2 compile, capture groups); the message names the rule id. */
class RuleError extends TokenguardError {
}
exports.RuleError = RuleError;
/** Input that could not be read at all (a missing path, stdin failure). */
class InputError extends TokenguardError {
}
exports.InputError = InputError;
/** git failed, a repository is corrupt, or an object is missing. */
class GitError extends TokenguardError {
}
exports.GitError = GitError;
