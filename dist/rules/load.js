"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RULES_DIR = void 0;
exports.ruleFileSchema = ruleFileSchema;
exports.parseData = parseData;
exports.validateRuleFile = validateRuleFile;
exports.readRuleFile = readRuleFile;
exports.listRuleFiles = listRuleFiles;
exports.readRuleDir = readRuleDir;
exports.builtinRuleFiles = builtinRuleFiles;
exports.builtinScanRules = builtinScanRules;
exports.rulesOf = rulesOf;
/**
 * Loads rule files: the built-in set (from the bundle the build writes, or from rules/ in a source
 * checkout) and user files. Every file is validated against rules/schema/rule-file.schema.json.
 */
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const errors_1 = require("../errors");
const json_schema_1 = require("../util/json-schema");
const package_root_1 = require("../util/package-root");
const macros_1 = require("./macros");
exports.RULES_DIR = (0, node_path_1.join)(package_root_1.PACKAGE_ROOT, 'rules');
const BUNDLE = (0, node_path_1.join)(package_root_1.PACKAGE_ROOT, 'dist', 'rules.bundle.json');
const SCAN_BUNDLE = (0, node_path_1.join)(package_root_1.PACKAGE_ROOT, 'dist', 'rules.scan.json');
/** The rule-file JSON Schema. */
function ruleFileSchema() {
    return JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(exports.RULES_DIR, 'schema', 'rule-file.schema.json'), 'utf8'));
}
/** Parses YAML or JSON text; a syntax error names the file and position. */
function parseData(text, file) {
    if (/\.json$/i.test(file)) {
        try {
            return JSON.parse(text);
        }
        catch (err) {
            throw new errors_1.RuleError(`${file}: invalid JSON: ${err.message}`);
        }
    }
    // yaml is loaded lazily: the common run uses the prebuilt JSON bundle and never needs it.
    const YAML = require('yaml');
    const doc = YAML.parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const pos = e.linePos?.[0];
        throw new errors_1.RuleError(`${file}${pos ? `:${pos.line}:${pos.col}` : ''}: invalid YAML: ${e.message.split('\n')[0]}`);
    }
    return doc.toJS();
}
/** Validates parsed data as a rule file and stamps each rule with its provider. */
function validateRuleFile(data, file) {
    const validate = (0, json_schema_1.compileSchema)(ruleFileSchema());
    if (!validate(data))
        throw new errors_1.RuleError((0, json_schema_1.formatSchemaErrors)(file, validate.errors).join('\n'));
    for (const rule of data.rules) {
        rule.provider = data.provider;
        if (rule.regex !== undefined)
            rule.regex = (0, macros_1.expandRegexMacros)(rule.regex);
    }
    return data;
}
/** Reads and validates one rule file. */
function readRuleFile(path, displayName = path) {
    let text;
    try {
        text = (0, node_fs_1.readFileSync)(path, 'utf8');
    }
    catch (err) {
        throw new errors_1.RuleError(`${displayName}: cannot read rule file: ${err.code ?? err.message}`);
    }
    return validateRuleFile(parseData(text, displayName), displayName);
}
/** Paths of the rule files under a directory (schema excluded), sorted. */
function listRuleFiles(dir) {
    const fg = require('fast-glob');
    return fg.sync(['**/*.{yaml,yml,json}'], { cwd: dir, ignore: ['schema/**', 'data/**'], absolute: true, dot: false }).sort();
}
/** Reads every rule file under `dir`, collecting all problems before failing. */
function readRuleDir(dir) {
    const files = [];
    const problems = [];
    for (const path of listRuleFiles(dir)) {
        try {
            files.push(readRuleFile(path, (0, node_path_1.relative)(package_root_1.PACKAGE_ROOT, path) || path));
        }
        catch (err) {
            if (!(err instanceof errors_1.RuleError))
                throw err;
            problems.push(err.message);
        }
    }
    if (problems.length > 0)
        throw new errors_1.RuleError(problems.join('\n'));
    return files;
}
let builtinCache;
/** The built-in rule files: the prebuilt bundle when present, else rules/ read and validated. */
function builtinRuleFiles() {
    if (builtinCache)
        return builtinCache;
    if ((0, node_fs_1.existsSync)(BUNDLE)) {
        builtinCache = JSON.parse((0, node_fs_1.readFileSync)(BUNDLE, 'utf8'));
    }
    else {
        builtinCache = readRuleDir(exports.RULES_DIR);
    }
    return builtinCache;
}
let scanCache;
/**
 * The built-in rules as a scan needs them: the build's scan bundle, which leaves out description,
 * references, examples, tags, fake, syntaxKey and syntaxExempt (half the bytes to parse at start-up).
 * Same rules, same order as builtinRuleFiles(); where the documentation is needed (SARIF, rules check)
 * use that instead. Without a build it is the full set.
 */
function builtinScanRules() {
    if (scanCache)
        return scanCache;
    if (builtinCache || !(0, node_fs_1.existsSync)(SCAN_BUNDLE))
        return (scanCache = rulesOf(builtinRuleFiles()));
    return (scanCache = rulesOf(JSON.parse((0, node_fs_1.readFileSync)(SCAN_BUNDLE, 'utf8'))));
}
/** Flattens rule files into their rules. */
function rulesOf(files) {
    return files.flatMap((f) => f.rules);
}
