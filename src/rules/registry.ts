/** Chooses the rules a run uses: the built-in set, minus what the config disables, plus its custom rules. */
import { relative } from 'node:path';
import { ConfigError, RuleError } from '../errors';
import { DEFAULT_ENGINE_OPTIONS, RuleSet, type EngineOptions } from '../engine/ruleset';
import type { TokenguardConfig } from '../config/types';
import { CompiledRule, rulePatternProblems } from './compile';
import { builtinRuleFiles, rulesOf } from './load';
import { readAutomaton } from './automaton-file';
import { specProblems } from './spec-check';
import { expandRegexMacros } from './macros';
import type { RuleDefinition } from './types';

/** Plain data from which any thread can build the same RuleSet. */
export interface RuleSpec {
  definitions: RuleDefinition[];
  allowlistRegexes: string[];
  engine?: EngineOptions;
}

/** Applies one config to the built-in rules; problems name the config file and key. */
export function selectRules(config: TokenguardConfig, configFile = 'config'): RuleSpec {
  return selectRulesFrom([{ config, shown: relative(process.cwd(), configFile) || configFile }]);
}

/**
 * Applies config layers (user directory, --config, the scanned tree's) to the built-in rules: custom
 * rules and allowlists add up, disabled ids from any layer are off. Problems name the file and key path,
 * never the value (a rule id or pattern can be pasted from a secret).
 */
export function selectRulesFrom(layers: Array<{ config: TokenguardConfig; shown: string }>): RuleSpec {
  const builtin = rulesOf(builtinRuleFiles());
  const ids = new Set(builtin.map((b) => b.id));
  const custom: RuleDefinition[] = [];
  for (const { config, shown } of layers) {
    for (const [i, given] of (config.rules?.custom ?? []).entries()) {
      const r = given.regex === undefined ? given : { ...given, regex: expandRegexMacros(given.regex) };
      const problems = [...rulePatternProblems(r), ...specProblems(r).map((p) => p.slice(r.id.length + 2))];
      if (problems.length > 0) throw new RuleError(`${shown}: rules.custom[${i}]: ${problems.join('; ')}`);
      if (ids.has(r.id)) throw new ConfigError(`${shown}: rules.custom[${i}].id: already used by another rule`);
      ids.add(r.id);
      custom.push({ ...r, provider: r.provider ?? r.id.split('.')[0] });
    }
  }
  const off = new Set<string>();
  for (const { config, shown } of layers) {
    (config.rules?.disable ?? []).forEach((id, i) => {
      if (!ids.has(id)) throw new ConfigError(`${shown}: rules.disable[${i}]: unknown rule id`);
      off.add(id);
    });
  }
  const all = [...builtin, ...custom];
  return { definitions: all.filter((r) => !off.has(r.id)), allowlistRegexes: layers.flatMap((l) => l.config.allowlist?.regexes ?? []) };
}

/** Builds the runnable rule set from a spec. */
export function buildRuleSet(spec: RuleSpec): RuleSet {
  return new RuleSet(spec.definitions.map((d) => new CompiledRule(d)), spec.allowlistRegexes, spec.engine ?? DEFAULT_ENGINE_OPTIONS, readAutomaton());
}
