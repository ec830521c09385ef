import type { RuleDefinition } from '../rules/types';

/** The user's configuration as written, after schema validation. */
export interface TokenguardConfig {
  rules?: { disable?: string[]; custom?: RuleDefinition[] };
  allowlist?: { paths?: string[]; regexes?: string[] };
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
  verify?: { rateLimit?: number; concurrency?: number; connectTimeoutMs?: number; requestTimeoutMs?: number; endpoints?: Record<string, string> };
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
