/** Chooses the rules a run uses: the built-in set, minus what the config disables, plus its custom rules. */
import { relative } from 'node:path';
import { ConfigError } from '../errors';
import { ruleProblems } from '../config/validate';
import { DEFAULT_ENGINE_OPTIONS, RuleSet, type EngineOptions } from '../engine/ruleset';
import type { TokenguardConfig } from '../config/types';
import { CompiledRule } from '../engine/compiled-rule';
import { builtinRuleFiles, builtinScanRules, rulesOf } from './load';
import { readAutomaton } from './automaton-file';
import { expandRegexMacros } from './macros';
import type { RuleDefinition } from './types';
import { ruleProvider } from '../engine/rule-facts';

/** Plain data from which any thread can build the same RuleSet. */
export interface RuleSpec {
  definitions: RuleDefinition[];
  allowlistRegexes: string[];
  engine?: EngineOptions;
}

/**
 * Applies one config to the built-in rules; problems name the config file and key. With `docs: false`
 * the built-in definitions come without their documentation (builtinScanRules): enough to scan and to
 * write text and JSON reports, not SARIF or `rules check`. The config's `ignoreComments` are honoured
 * as extra inline markers, as the CLI honours them.
 */
export function selectRules(config: TokenguardConfig, configFile = 'config', docs = true): RuleSpec {
  const shown = relative(process.cwd(), configFile) || configFile;
  const spec = selectRulesFrom([{ config, shown }], docs);
  const extra: unknown = config.ignoreComments ?? [];
  if (!Array.isArray(extra) || !extra.every((m) => typeof m === 'string')) throw new ConfigError(`${shown}: ignoreComments: expected a list of strings`);
  if (extra.length === 0) return spec;
  const markers = [...new Set([...DEFAULT_ENGINE_OPTIONS.ignoreMarkers, ...extra])];
  return { ...spec, engine: { ...DEFAULT_ENGINE_OPTIONS, ignoreMarkers: markers } };
}

/**
 * Applies config layers (user directory, --config, the scanned tree's) to the built-in rules: custom
 * rules and allowlists add up, disabled ids from any layer are off. Problems name the file and key path,
 * never the value (a rule id or pattern can be pasted from a secret). `docs` as for selectRules.
 */
export function selectRulesFrom(layers: Array<{ config: TokenguardConfig; shown: string }>, docs = true): RuleSpec {
  // The CLI validated these layers together already; the programmatic API may hand in anything.
  const problems = ruleProblems(layers.map((l) => ({ data: l.config, shown: l.shown, schemaOk: true })));
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  const custom = layers.flatMap(({ config }) =>
    (config.rules?.custom ?? []).map((r) => ({ ...r, ...(r.regex === undefined ? {} : { regex: expandRegexMacros(r.regex) }), provider: ruleProvider(r) })),
  );
  const off = new Set(layers.flatMap((l) => l.config.rules?.disable ?? []));
  const all = [...(docs ? rulesOf(builtinRuleFiles()) : builtinScanRules()), ...custom];
  return { definitions: all.filter((r) => !off.has(r.id)), allowlistRegexes: layers.flatMap((l) => l.config.allowlist?.regexes ?? []) };
}

/** Builds the runnable rule set from a spec. */
export function buildRuleSet(spec: RuleSpec): RuleSet {
  return new RuleSet(
    spec.definitions.map((d) => new CompiledRule(d)),
    spec.allowlistRegexes,
    spec.engine ?? DEFAULT_ENGINE_OPTIONS,
    readAutomaton(),
  );
}
