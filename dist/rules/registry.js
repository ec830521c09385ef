"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.selectRules = selectRules;
exports.selectRulesFrom = selectRulesFrom;
exports.buildRuleSet = buildRuleSet;
/** Chooses the rules a run uses: the built-in set, minus what the config disables, plus its custom rules. */
const node_path_1 = require("node:path");
const errors_1 = require("../errors");
const validate_1 = require("../config/validate");
const ruleset_1 = require("../engine/ruleset");
const compiled_rule_1 = require("../engine/compiled-rule");
const load_1 = require("./load");
const automaton_file_1 = require("./automaton-file");
const macros_1 = require("./macros");
const rule_facts_1 = require("../engine/rule-facts");
/**
 * Applies one config to the built-in rules; problems name the config file and key. With `docs: false`
 * the built-in definitions come without their documentation (builtinScanRules): enough to scan and to
 * write text and JSON reports, not SARIF or `rules check`. The config's `ignoreComments` are honoured
 * as extra inline markers, as the CLI honours them.
 */
function selectRules(config, configFile = 'config', docs = true) {
    const shown = (0, node_path_1.relative)(process.cwd(), configFile) || configFile;
    const spec = selectRulesFrom([{ config, shown }], docs);
    const extra = config.ignoreComments ?? [];
    if (!Array.isArray(extra) || !extra.every((m) => typeof m === 'string'))
        throw new errors_1.ConfigError(`${shown}: ignoreComments: expected a list of strings`);
    if (extra.length === 0)
        return spec;
    const markers = [...new Set([...ruleset_1.DEFAULT_ENGINE_OPTIONS.ignoreMarkers, ...extra])];
    return { ...spec, engine: { ...ruleset_1.DEFAULT_ENGINE_OPTIONS, ignoreMarkers: markers } };
}
/**
 * Applies config layers (user directory, --config, the scanned tree's) to the built-in rules: custom
 * rules and allowlists add up, disabled ids from any layer are off. Problems name the file and key path,
 * never the value (a rule id or pattern can be pasted from a secret). `docs` as for selectRules.
 */
function selectRulesFrom(layers, docs = true) {
    // The CLI validated these layers together already; the programmatic API may hand in anything.
    const problems = (0, validate_1.ruleProblems)(layers.map((l) => ({ data: l.config, shown: l.shown, schemaOk: true })));
    if (problems.length > 0)
        throw new errors_1.ConfigError(problems.join('\n'));
    const custom = layers.flatMap(({ config }) => (config.rules?.custom ?? []).map((r) => ({ ...r, ...(r.regex === undefined ? {} : { regex: (0, macros_1.expandRegexMacros)(r.regex) }), provider: (0, rule_facts_1.ruleProvider)(r) })));
    const off = new Set(layers.flatMap((l) => l.config.rules?.disable ?? []));
    const all = [...(docs ? (0, load_1.rulesOf)((0, load_1.builtinRuleFiles)()) : (0, load_1.builtinScanRules)()), ...custom];
    return { definitions: all.filter((r) => !off.has(r.id)), allowlistRegexes: layers.flatMap((l) => l.config.allowlist?.regexes ?? []) };
}
/** Builds the runnable rule set from a spec. */
function buildRuleSet(spec) {
    return new ruleset_1.RuleSet(spec.definitions.map((d) => new compiled_rule_1.CompiledRule(d)), spec.allowlistRegexes, spec.engine ?? ruleset_1.DEFAULT_ENGINE_OPTIONS, (0, automaton_file_1.readAutomaton)());
}
