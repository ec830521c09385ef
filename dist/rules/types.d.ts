/** How bad a leak of this credential is; drives SARIF level and security-severity. */
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export declare const SEVERITIES: readonly Severity[];
/** A positive example: a line that must yield a finding (its secret is the rule's fake when the line says {{secret}}). */
export type PositiveExample = string | {
    text: string;
    secret: string;
};
/** Extra suppression attached to one rule. */
export interface RuleAllowlist {
    /** RE2 patterns matched against the secret. */
    regexes?: string[];
    /** Globs matched against the path of the fragment. */
    paths?: string[];
}
import type { RevokeSpec, VerifySpec } from '../verify/types';
/** A rule as written in a rule file: data, before compilation. */
export interface RuleDefinition {
    id: string;
    name: string;
    description: string;
    severity: Severity;
    /** RE2 pattern with exactly one capture group: the secret. */
    regex?: string;
    /** RE2 pattern matched against the file path; alone it flags the file itself (e.g. a .p12 bundle). */
    path?: string;
    /** Lowercase literals; a fragment must contain one before the regex runs. */
    keywords: string[];
    /** Literal start of the secret that redaction may leave visible (e.g. "ghp_"). */
    prefix?: string;
    minEntropy?: number;
    stopwords?: string[];
    allowlist?: RuleAllowlist;
    /** Generic rules run with stricter precision filters and lose to a specific rule on the same span. */
    generic?: boolean;
    /** Detection by code instead of a regex: `assignment` reads key/value pairs by syntax (engine/generic). */
    extractor?: 'assignment';
    /** For an `assignment` extractor: the key class this rule reports. */
    keyClass?: 'password' | 'secret';
    /** Precedence on overlapping matches (default 0; generic rules -10). A general format such as JWT sits below 0. */
    priority?: number;
    /** Offline checksum the secret carries, verified when set. */
    checksum?: string;
    /** A structural validator the secret must pass (e.g. "jwt": signed, decodable). */
    validate?: string;
    /** Template that produces a fake secret for tests; defaults to the capture group's own pattern. */
    fake?: string;
    /** The key the rules-check syntax matrix assigns the secret to (default: from the first assignment example). */
    syntaxKey?: string;
    /** Matrix syntaxes this rule need not match in, with the reason. */
    syntaxExempt?: {
        syntaxes: 'all' | string[];
        reason: string;
    };
    tags?: string[];
    /** Documentation links; required of built-in rules (rules check), optional for custom rules in a config. */
    references?: string[];
    /** Negative examples are required of built-in rules (rules check), optional for custom rules. */
    examples: {
        positive: PositiveExample[];
        negative?: string[];
    };
    /** How to check with the provider whether the secret is live (opt-in, --verify). */
    verify?: VerifySpec;
    /** How to revoke the secret (tokenguard revoke). */
    revoke?: RevokeSpec;
    /** Filled in by the loader from the file's provider. */
    provider?: string;
    /** Filled in by the build for bundled rules: the window half-width (null: the rule runs over everything). */
    windowSpan?: number | null;
    /** Filled in by the build for bundled rules: no match crosses a line break, so windows stop at the keyword's line. */
    lineLocal?: boolean;
}
/** One file under rules/: a provider and its rules. */
export interface RuleFile {
    provider: string;
    name?: string;
    rules: RuleDefinition[];
}
