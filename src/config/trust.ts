/**
 * The trust boundary, in one place. Trusted settings come from the command line, environment
 * variables, a file given with --config and the user's own config directory. A config or ignore file
 * found in the scanned tree is repository data: in every mode it may add rules, allowlists and
 * suppressions (and lower the size limit), but never change verification (endpoints, specs, timeouts,
 * rate limits), raise the size limit, define hooks or run code; hooks and JavaScript configs need
 * --trust-repo-config, which cannot be combined with --untrusted-head. With --untrusted-head the
 * repository's settings are read from the base revision of the range (see cli/untrusted-head.ts).
 */
import { UsageError } from '../errors';
import type { RuleDefinition } from '../rules/types';
import { parseSize } from '../util/size';
import type { ConfigLayer, HookConfig, TokenguardConfig, VerifyConfig } from './types';

/** Default for --max-file-size. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1000 * 1000;

/** Rule priority a repository's custom rule can reach at most: below every built-in provider and format rule. */
export const REPO_RULE_MAX_PRIORITY = -2;

/** The flags that move the boundary. */
export interface TrustFlags {
  /** --trust-repo-config: the scanned tree's config may run code (JavaScript) and define hooks. */
  trustRepoConfig?: boolean;
  /** --untrusted-head: the repository's settings come from the base revision of --range. */
  untrustedHead?: boolean;
  /** false with --no-code-config: no JavaScript config anywhere. */
  codeConfig?: boolean;
  /** false with --no-suppress: no suppressions at all, including a lowered size limit. */
  suppress?: boolean;
  /** --max-file-size as given. */
  maxFileSize?: string;
  /** Verification or revocation was asked for: say when repository verify settings are ignored. */
  network?: boolean;
  /** --run-hooks was given: say when repository hooks are ignored. */
  runHooks?: boolean;
}

/** A config's rules, with the name errors give it. */
export interface RuleLayer {
  config: TokenguardConfig;
  shown: string;
}

/** What a run may use, sorted by where each setting came from. */
export interface Settings {
  /** Rules, allowlists and markers come from every layer; the repository's custom rules cannot verify or revoke. */
  ruleLayers: RuleLayer[];
  verify: VerifyConfig;
  hooks: HookConfig[];
  /** True when the repository's config defines hooks the boundary set aside (no --trust-repo-config). */
  repoHooksSetAside: boolean;
  maxFileSize: number;
  allowlistPaths: string[];
  ignoreComments: string[];
  scanLockfiles: boolean;
  /**
   * The `baseline` key of the last layer that sets it (the user config directory's, then --config's or
   * the scanned tree's), with the folder it is relative to. Read like a --baseline file: with
   * --untrusted-head, a file inside the repository comes from the base revision.
   */
  baseline?: ConfiguredBaseline;
  /** The settings the boundary set aside, one line each, naming the file and key. */
  warnings: string[];
}

/** A baseline file a config names. */
export interface ConfiguredBaseline {
  /** As written in the config. */
  file: string;
  /** The folder of the config, which `file` is relative to (undefined: the working directory). */
  dir?: string;
  /** "CONFIG: baseline", for messages. */
  shown: string;
  origin: ConfigLayer['origin'];
}

/** Checks flag combinations the boundary forbids. */
export function checkTrustFlags(flags: TrustFlags & { range?: string }): void {
  if (flags.trustRepoConfig && flags.untrustedHead) throw new UsageError('--trust-repo-config cannot be combined with --untrusted-head: the head of an untrusted range must not run code');
  if (flags.trustRepoConfig && flags.codeConfig === false) throw new UsageError('--trust-repo-config and --no-code-config contradict each other');
  if (flags.untrustedHead && flags.range === undefined) throw new UsageError('--untrusted-head needs --range A..B: the repository settings are read from A');
}

/** Why a JavaScript config of this origin may not be loaded, or undefined when it may. */
export function codeRefusal(origin: ConfigLayer['origin'], flags: TrustFlags): string | undefined {
  if (flags.codeConfig === false) return '--no-code-config';
  if (origin === 'repository' && !flags.trustRepoConfig) return 'a config in the scanned tree; pass --trust-repo-config to trust it';
  return undefined;
}

/** A repository's custom rule as data: no verify or revoke spec, and no precedence over built-in rules. */
function asRepositoryRule(rule: RuleDefinition): RuleDefinition {
  const { verify: _v, revoke: _r, ...rest } = rule;
  const priority = rule.generic ? rule.priority : Math.min(rule.priority ?? 0, REPO_RULE_MAX_PRIORITY);
  return priority === undefined ? rest : { ...rest, priority };
}

/** The repository layer reduced to what repository data may do; `warnings` names what was set aside. */
function repositoryData(layer: ConfigLayer, flags: TrustFlags, warnings: string[]): TokenguardConfig {
  const { verify, hooks, ...data } = layer.config;
  if (verify && flags.network) warnings.push(`${layer.shown}: verify: ignored: a config in the scanned tree cannot change verification (use --endpoint, --config FILE or the user config directory)`);
  if (hooks?.length && flags.runHooks && !flags.trustRepoConfig) warnings.push(`${layer.shown}: hooks: ignored: a config in the scanned tree defines hooks only with --trust-repo-config`);
  const custom = data.rules?.custom;
  if (custom?.some((r) => r.verify || r.revoke) && flags.network)
    warnings.push(`${layer.shown}: rules.custom: verify and revoke specs ignored: a config in the scanned tree cannot change verification`);
  return custom ? { ...data, rules: { ...data.rules, custom: custom.map(asRepositoryRule) } } : data;
}

/** The size limit: the flag, else the trusted configs; a repository config may only lower it (a suppression). */
function maxFileSizeOf(trusted: ConfigLayer[], repo: ConfigLayer | undefined, flags: TrustFlags, warnings: string[]): number {
  if (flags.maxFileSize !== undefined) {
    const n = parseSize(flags.maxFileSize);
    if (n === undefined) throw new UsageError(`--max-file-size: not a size: "${flags.maxFileSize}" (try 10MB or 1048576)`);
    return n;
  }
  const fromTrusted = [...trusted].reverse().find((l) => l.config.maxFileSize !== undefined)?.config.maxFileSize;
  const limit = fromTrusted !== undefined ? parseSize(fromTrusted)! : DEFAULT_MAX_FILE_SIZE;
  if (repo?.config.maxFileSize === undefined || flags.suppress === false) return limit;
  const asked = parseSize(repo.config.maxFileSize)!;
  if (asked <= limit) return asked;
  warnings.push(`${repo.shown}: maxFileSize: ignored: a config in the scanned tree may lower the size limit, not raise it`);
  return limit;
}

/**
 * Sorts the layers of one run. `trusted` are the user config directory's and --config's (in that
 * order, later wins); `repo` is the config found in the scanned tree (or the base revision).
 */
export function sortSettings(trusted: ConfigLayer[], repo: ConfigLayer | undefined, flags: TrustFlags): Settings {
  const warnings: string[] = [];
  const repoData = repo ? repositoryData(repo, flags, warnings) : undefined;
  const layers: RuleLayer[] = [...trusted.map((l) => ({ config: l.config, shown: l.shown })), ...(repo ? [{ config: repoData!, shown: repo.shown }] : [])];
  const all = layers.map((l) => l.config);
  const verify: VerifyConfig = {};
  for (const l of trusted) Object.assign(verify, { ...l.config.verify, endpoints: { ...verify.endpoints, ...l.config.verify?.endpoints } });
  if (!trusted.some((l) => l.config.verify?.endpoints)) delete verify.endpoints;
  const hooks = [...trusted.flatMap((l) => l.config.hooks ?? []), ...(repo && flags.trustRepoConfig ? (repo.config.hooks ?? []) : [])];
  const named = [...trusted, ...(repo ? [repo] : [])].reverse().find((l) => l.config.baseline !== undefined);
  return {
    ruleLayers: layers,
    verify,
    hooks,
    repoHooksSetAside: !!repo?.config.hooks?.length && !flags.trustRepoConfig,
    maxFileSize: maxFileSizeOf(trusted, repo, flags, warnings),
    allowlistPaths: all.flatMap((c) => c.allowlist?.paths ?? []),
    ignoreComments: all.flatMap((c) => c.ignoreComments ?? []),
    scanLockfiles: all.some((c) => c.scanLockfiles === true),
    ...(named ? { baseline: { file: named.config.baseline!, dir: named.dir, shown: `${named.shown}: baseline`, origin: named.origin } } : {}),
    warnings,
  };
}
