import type { RuleDefinition } from '../rules/types';
/** The user's configuration as written, after schema validation. */
export interface TokenguardConfig {
    rules?: {
        disable?: string[];
        custom?: RuleDefinition[];
    };
    allowlist?: {
        paths?: string[];
        regexes?: string[];
    };
    maxFileSize?: number | string;
    /** Extra inline markers honoured like tokenguard:allow (e.g. "gitleaks:allow" during a migration). */
    ignoreComments?: string[];
    /** Scan dependency lockfiles too (skipped by default). */
    scanLockfiles?: boolean;
    /** Baseline file, relative to the config file; default .tokenguard-baseline.json when present. */
    baseline?: string;
    /** Rotate hooks run with --run-hooks. */
    hooks?: HookConfig[];
    /** Verification limits and endpoint overrides. */
    verify?: {
        rateLimit?: number;
        concurrency?: number;
        connectTimeoutMs?: number;
        requestTimeoutMs?: number;
        endpoints?: Record<string, string>;
    };
}
/** One rotate hook: a shell command or a webhook, triggered by findings of a kind. */
export interface HookConfig {
    on: 'active' | 'finding' | 'inactive';
    rule?: string;
    run?: string;
    webhook?: string;
    passSecret?: boolean;
    timeoutMs?: number;
}
/** A validated configuration and the file it came from (undefined when none was found). */
export interface LoadedConfig {
    config: TokenguardConfig;
    file?: string;
}
/** Where a config file came from: given with --config, the user's config directory, or the scanned tree. */
export type ConfigOrigin = 'explicit' | 'user' | 'repository';
/** One config file as read, before the trust boundary (config/trust.ts) decides what it may change. */
export interface ConfigLayer {
    config: TokenguardConfig;
    origin: ConfigOrigin;
    /** The name messages show: relative to the working directory, or "REV:path" when read from git. */
    shown: string;
    /** Absolute path on disk, when it was read from disk. */
    file?: string;
    /**
     * The absolute folder the config stands in, also for one read from the base revision (then inside the
     * repository's working tree, not read from there): what paths in it (`baseline`) are relative to.
     */
    dir?: string;
}
/** Verification settings: only trusted sources may set them. */
export type VerifyConfig = NonNullable<TokenguardConfig['verify']>;
