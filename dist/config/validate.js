"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ruleProblems = ruleProblems;
exports.configsProblems = configsProblems;
/**
 * Every problem with a run's configs, found in one pass: schema errors, allowlist patterns RE2 rejects,
 * sizes, custom rules (patterns, specs, ids) and unknown ids in `rules.disable`, across every layer. One
 * line each, "FILE: KEY PATH: what is wrong"; never the value, which may be (part of) a secret.
 */
const re2_1 = __importDefault(require("re2"));
const compile_1 = require("../rules/compile");
const load_1 = require("../rules/load");
const macros_1 = require("../rules/macros");
const size_1 = require("../util/size");
const json_schema_1 = require("../util/json-schema");
const schema_1 = require("./schema");
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const listOf = (v) => (Array.isArray(v) ? v : []);
/** The schema's verdict plus the checks it cannot make (RE2 patterns, sizes) for one file. */
function fileProblems(data, file) {
    if (!isObject(data))
        return [`${file}: (root): must be an object`];
    const validate = (0, json_schema_1.compileSchema)((0, schema_1.configSchema)());
    const problems = validate(data) ? [] : (0, json_schema_1.formatSchemaErrors)(file, validate.errors);
    const allowlist = isObject(data.allowlist) ? data.allowlist : {};
    listOf(allowlist.regexes).forEach((pattern, i) => {
        if (typeof pattern !== 'string')
            return;
        try {
            new re2_1.default(pattern, '');
        }
        catch {
            // RE2's message quotes the pattern, which may be (part of) a secret: say what is wrong instead.
            problems.push(`${file}: allowlist.regexes[${i}]: RE2 cannot compile it (no lookaround, backreferences or possessive quantifiers)`);
        }
    });
    const size = data.maxFileSize;
    const sizeReported = problems.some((p) => p.startsWith(`${file}: maxFileSize:`));
    if (!sizeReported && (typeof size === 'string' || typeof size === 'number') && (0, size_1.parseSize)(size) === undefined) {
        problems.push(`${file}: maxFileSize: not a size (bytes, or a size such as 10MB)`);
    }
    return problems;
}
/** A custom rule's pattern and spec problems; a rule the schema already rejected gets only what is safe to check. */
function customRuleProblems(given, where, schemaOk) {
    if (!isObject(given) || typeof given.id !== 'string')
        return [];
    const rule = given;
    const patternsOk = (rule.regex === undefined || typeof rule.regex === 'string') && (rule.path === undefined || typeof rule.path === 'string');
    if (!schemaOk && !patternsOk)
        return [];
    const r = typeof rule.regex === 'string' ? { ...rule, regex: (0, macros_1.expandRegexMacros)(rule.regex) } : rule;
    const problems = [];
    try {
        problems.push(...(schemaOk ? (0, compile_1.rulePatternProblems)(r) : (0, compile_1.rulePatternProblems)({ ...r, verify: undefined, revoke: undefined, allowlist: undefined })));
        if (schemaOk) {
            // The verify-spec lint (and the request templating it checks against) loads only for custom rules.
            const { specProblems } = require('../rules/spec-check');
            problems.push(...specProblems(r).map((p) => p.slice(r.id.length + 2)));
        }
    }
    catch {
        // A shape the schema rejected (and reported) can trip a check written for valid rules.
    }
    return problems.map((p) => `${where}: ${p}`);
}
/**
 * Rule-level problems across layers: custom rules (patterns, specs, ids taken by a built-in or an earlier
 * custom rule) and `rules.disable` ids that no built-in or custom rule of any layer has.
 */
function ruleProblems(layers) {
    // Ids only: the scan bundle has them all, without the documentation a scan does not parse.
    const builtin = new Set((0, load_1.builtinScanRules)().map((d) => d.id));
    const ids = new Set(builtin);
    const problems = [];
    const rulesOfLayer = (data) => (isObject(data) && isObject(data.rules) ? data.rules : {});
    for (const { data, shown, schemaOk } of layers) {
        listOf(rulesOfLayer(data).custom).forEach((given, i) => {
            problems.push(...customRuleProblems(given, `${shown}: rules.custom[${i}]`, schemaOk));
            const id = isObject(given) ? given.id : undefined;
            if (typeof id !== 'string')
                return;
            if (ids.has(id))
                problems.push(`${shown}: rules.custom[${i}].id: already used by ${builtin.has(id) ? 'a built-in rule' : 'another custom rule'}`);
            ids.add(id);
        });
    }
    for (const { data, shown } of layers) {
        listOf(rulesOfLayer(data).disable).forEach((id, i) => {
            if (typeof id === 'string' && id !== '' && !ids.has(id))
                problems.push(`${shown}: rules.disable[${i}]: unknown rule id`);
        });
    }
    return problems;
}
/** Every problem of a run's configs (in layer order), one line each; empty when all are valid. */
function configsProblems(layers) {
    const checked = layers.map((l) => ({ ...l, problems: fileProblems(l.data, l.shown) }));
    return [...checked.flatMap((l) => l.problems), ...ruleProblems(checked.map((l) => ({ ...l, schemaOk: l.problems.length === 0 })))];
}
