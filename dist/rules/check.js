"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkExamples = checkExamples;
exports.examplePath = examplePath;
exports.builtinProblems = builtinProblems;
exports.checkRules = checkRules;
/**
 * The rule linter behind `tokenguard rules check` and the jest rule suite. It reports every problem
 * at once: malformed or duplicate ids, patterns RE2 rejects, and examples that do not behave.
 */
const detect_1 = require("../engine/detect");
const path_rules_1 = require("../engine/path-rules");
const ruleset_1 = require("../engine/ruleset");
const compiled_rule_1 = require("../engine/compiled-rule");
const compile_1 = require("./compile");
const fake_1 = require("./fake");
const examples_1 = require("./examples");
const spec_check_1 = require("./spec-check");
const syntax_matrix_1 = require("./syntax-matrix");
const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$/;
function fragmentOf(text, path) {
    return { bytes: Buffer.from(text), path, startLine: 1, offset: 0, overlap: 0, origin: { kind: 'worktree' } };
}
/** Lints one rule's examples against the real engine; returns problem lines. */
function checkExamples(def, seed = '') {
    const problems = [];
    let expanded;
    try {
        expanded = (0, examples_1.expandExamples)(def, seed);
    }
    catch (err) {
        return { problems: [`${def.id}: examples: ${err.message}`], count: 0 };
    }
    const rule = new compiled_rule_1.CompiledRule(def);
    const set = new ruleset_1.RuleSet([rule]);
    if (def.regex === undefined && !def.extractor)
        return checkPathExamples(def, set, expanded);
    const path = examplePath(def);
    expanded.positive.forEach((ex, i) => {
        const where = `${def.id}: examples.positive[${i}]`;
        const lower = ex.text.toLowerCase();
        if (rule.keywords.length > 0 && !rule.keywords.some((k) => lower.includes(k)))
            problems.push(`${where}: contains none of the keywords (${rule.keywords.join(', ')})`);
        const found = (0, detect_1.detect)(fragmentOf(ex.text, path), set);
        if (found.length === 0)
            problems.push(`${where}: no match`);
        else if (ex.secret !== undefined && !found.some((f) => f.secret === ex.secret)) {
            problems.push(`${where}: matched ${found.length} secret(s) but not the expected one (length ${ex.secret.length})`);
        }
        // An example is a file's last line; in a file a line follows it. A `$` without (?m) only matches at the
        // fragment's end, which a passing example hides (a Wi-Fi rule and a Cisco key-string rule found nothing mid-file);
        // rules of a whole file (`\A…\z`) mean it.
        else if (!/\n\s*$/.test(ex.text) && !def.regex?.includes('\\z') && (0, detect_1.detect)(fragmentOf(`${ex.text}\n!\n`, path), set).length === 0)
            problems.push(`${where}: no match once a line follows it (a $ without (?m)?)`);
    });
    expanded.negative.forEach((ex, i) => {
        const found = (0, detect_1.detect)(fragmentOf(ex.text, path), set);
        if (found.length > 0)
            problems.push(`${def.id}: examples.negative[${i}]: unexpectedly matched`);
    });
    const matrix = checkSyntaxMatrix(def, set, expanded.positive);
    problems.push(...matrix.problems);
    return { problems, count: expanded.positive.length + expanded.negative.length + matrix.count };
}
/** The first positive example's secret, assigned in every matrix syntax, must be found there too. */
function checkSyntaxMatrix(def, set, positive) {
    const secret = positive.find((ex) => ex.secret !== undefined)?.secret;
    if (secret === undefined)
        return { problems: [], count: 0 };
    const samples = (0, syntax_matrix_1.syntaxSamples)(def, secret);
    const problems = samples
        .filter((s) => !(0, detect_1.detect)(fragmentOf(s.text, s.path), set).some((f) => f.secret === secret))
        .map((s) => `${def.id}: syntax ${s.syntax}: the secret is not found in ${JSON.stringify(s.text.replace(secret, '{{secret}}'))} (fix the regex, or state syntaxExempt with a reason)`);
    return { problems, count: samples.length };
}
/** A path-only rule's examples are file paths that must (or must not) be flagged. */
function checkPathExamples(def, set, expanded) {
    const problems = [];
    const origin = { kind: 'worktree' };
    expanded.positive.forEach((ex, i) => {
        const lower = ex.text.toLowerCase();
        if (!def.keywords.some((k) => lower.includes(k.toLowerCase())))
            problems.push(`${def.id}: examples.positive[${i}]: contains none of the keywords (${def.keywords.join(', ')})`);
        if ((0, path_rules_1.pathFindings)(ex.text, origin, set).length === 0)
            problems.push(`${def.id}: examples.positive[${i}]: path not flagged`);
    });
    expanded.negative.forEach((ex, i) => {
        if ((0, path_rules_1.pathFindings)(ex.text, origin, set).length > 0)
            problems.push(`${def.id}: examples.negative[${i}]: path unexpectedly flagged`);
    });
    return { problems, count: expanded.positive.length + expanded.negative.length };
}
/** A path that satisfies the rule's own path pattern, if it has one. */
function examplePath(def) {
    // The generic extractor weighs the file a value sits in: its examples are lines of a configuration file.
    if (def.extractor)
        return 'config/app.env';
    if (!def.path)
        return 'example.txt';
    try {
        return (0, fake_1.expandTemplate)(`{{gen:/${def.path}/}}`, new fake_1.Prng(def.id), undefined);
    }
    catch {
        return 'example.txt';
    }
}
/**
 * What built-in rules need beyond the shared schema: references for reviewers, and negative examples
 * that keep precision honest. Custom rules in a config may leave both out.
 */
function builtinProblems(def) {
    const problems = [];
    if (!def.references?.length)
        problems.push(`${def.id}: references: a rule under rules/ needs at least one (https URL documenting the format)`);
    if (!def.examples.negative?.length)
        problems.push(`${def.id}: examples.negative: a rule under rules/ needs at least one`);
    return problems;
}
/** Lints a whole rule list: ids, patterns, examples. */
function checkRules(rules, seed = '') {
    const problems = [];
    const seen = new Map();
    let examples = 0;
    for (const def of rules) {
        if (!ID_RE.test(def.id))
            problems.push(`${def.id}: id must be dotted lowercase words, e.g. provider.token-kind`);
        seen.set(def.id, (seen.get(def.id) ?? 0) + 1);
        const patternProblems = (0, compile_1.rulePatternProblems)(def);
        for (const p of patternProblems)
            problems.push(`${def.id}: ${p}`);
        problems.push(...(0, spec_check_1.specProblems)(def));
        if (patternProblems.length > 0)
            continue;
        const r = checkExamples(def, seed);
        problems.push(...r.problems);
        examples += r.count;
    }
    for (const [id, n] of seen)
        if (n > 1)
            problems.push(`${id}: id is used by ${n} rules`);
    return { rules: rules.length, examples, problems };
}
