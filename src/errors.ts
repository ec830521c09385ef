/** Exit codes: the contract with shells, hooks and CI. */
export const ExitCode = {
  /** The scan finished and found nothing to report. */
  Clean: 0,
  /** The scan finished and reported at least one finding. */
  Findings: 1,
  /** Bad usage, bad config or rules, unreadable input, or a scan that could not cover everything. */
  Error: 2,
} as const;

/** Base of every error tokenguard raises on purpose; carries the exit code the CLI maps it to. */
export class TokenguardError extends Error {
  readonly exitCode: number = ExitCode.Error;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Wrong flags or arguments. */
export class UsageError extends TokenguardError {}

/** An invalid configuration file; the message names the file and key path. */
export class ConfigError extends TokenguardError {}

/** A rule that cannot load (schema, RE2 compile, capture groups); the message names the rule id. */
export class RuleError extends TokenguardError {}

/** Input that could not be read at all (a missing path, stdin failure). */
export class InputError extends TokenguardError {}

/** git failed, a repository is corrupt, or an object is missing. */
export class GitError extends TokenguardError {}
