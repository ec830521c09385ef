import { RuleSet, type EngineOptions } from '../engine/ruleset';
import type { TokenguardConfig } from '../config/types';
import type { RuleDefinition } from './types';
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
export declare function selectRules(config: TokenguardConfig, configFile?: string, docs?: boolean): RuleSpec;
/**
 * Applies config layers (user directory, --config, the scanned tree's) to the built-in rules: custom
 * rules and allowlists add up, disabled ids from any layer are off. Problems name the file and key path,
 * never the value (a rule id or pattern can be pasted from a secret). `docs` as for selectRules.
 */
export declare function selectRulesFrom(layers: Array<{
    config: TokenguardConfig;
    shown: string;
}>, docs?: boolean): RuleSpec;
/** Builds the runnable rule set from a spec. */
export declare function buildRuleSet(spec: RuleSpec): RuleSet;
