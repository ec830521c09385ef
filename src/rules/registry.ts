/** Chooses the rules a run uses: the built-in set, minus what the config disables, plus its custom rules. */
import { relative } from 'node:path';
import { ConfigError, RuleError } from '../errors';
import { DEFAULT_ENGINE_OPTIONS, RuleSet, type EngineOptions } from '../engine/ruleset';
import type { TokenguardConfig } from '../config/types';
import { CompiledRule, rulePatternProblems } from './compile';
import { builtinRuleFiles, builtinScanRules, rulesOf } from './load';
import { readAutomaton } from './automaton-file';
import { expandRegexMacros } from './macros';
import type { RuleDefinition } from './types';

/** Plain data from which any thread can build the same RuleSet. */
export interface RuleSpec {
  definitions: RuleDefinition[];
  allowlistRegexes: string[];
  engine?: EngineOptions;
}

/**
 * Applies the config to the built-in rules; problems name the config file and key. With `docs: false`
 * the built-in definitions come without their documentation (builtinScanRules): enough to scan and to
 * write text and JSON reports, not SARIF or `rules check`.
 */
export function selectRules(config: TokenguardConfig, configFile = 'config', docs = true): RuleSpec {
  const file = relative(process.cwd(), configFile) || configFile;
  const builtin = docs ? rulesOf(builtinRuleFiles()) : builtinScanRules();
  const custom = (config.rules?.custom ?? []).map((given, i) => {
    const r = given.regex === undefined ? given : { ...given, regex: expandRegexMacros(given.regex) };
    // The verify-spec lint (and the request templating it checks against) loads only for custom rules.
    const { specProblems } = require('./spec-check') as typeof import('./spec-check');
    const problems = [...rulePatternProblems(r), ...specProblems(r).map((p) => p.slice(r.id.length + 2))];
    if (problems.length > 0) throw new RuleError(`${file}: rules.custom[${i}] (${r.id}): ${problems.join('; ')}`);
    return { ...r, provider: r.provider ?? r.id.split('.')[0] };
  });
  const all = [...builtin, ...custom];
  const ids = new Set<string>();
  for (const [i, r] of custom.entries()) {
    if (builtin.some((b) => b.id === r.id) || ids.has(r.id)) throw new ConfigError(`${file}: rules.custom[${i}].id: "${r.id}" is already used by another rule`);
    ids.add(r.id);
  }
  const disable = config.rules?.disable ?? [];
  disable.forEach((id, i) => {
    if (!all.some((r) => r.id === id)) throw new ConfigError(`${file}: rules.disable[${i}]: unknown rule id "${id}"`);
  });
  const off = new Set(disable);
  return { definitions: all.filter((r) => !off.has(r.id)), allowlistRegexes: config.allowlist?.regexes ?? [] };
}

/** Builds the runnable rule set from a spec. */
export function buildRuleSet(spec: RuleSpec): RuleSet {
  return new RuleSet(spec.definitions.map((d) => new CompiledRule(d)), spec.allowlistRegexes, spec.engine ?? DEFAULT_ENGINE_OPTIONS, readAutomaton());
}
