"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.patternProblem = patternProblem;
exports.rulePatternProblems = rulePatternProblems;
/**
 * Checks rule data before it runs. RE2 only: a pattern RE2 cannot compile, or one that needs
 * lookaround or backreferences, is rejected here with the rule id and the reason. The runnable rule
 * itself is engine/compiled-rule.ts.
 */
const compiled_rule_1 = require("../engine/compiled-rule");
const patterns_1 = require("../engine/patterns");
const regex_syntax_1 = require("../engine/regex-syntax");
/**
 * Why a single pattern is unusable, or undefined when RE2 accepts it with the wanted number of groups.
 * RE2 compiles it as the engine will run it (`runs`), so a check and the scan after it share one compile
 * (patterns.ts): compiling each pattern twice, with two flag sets, was a third of `rules check`.
 */
function patternProblem(pattern, wantGroups, runs = [pattern, '']) {
    try {
        const groups = (0, regex_syntax_1.countCaptureGroups)((0, regex_syntax_1.parseRegex)(pattern));
        if (wantGroups !== undefined && groups !== wantGroups) {
            return `needs exactly ${wantGroups} capture group${wantGroups === 1 ? '' : 's'} (the secret), found ${groups}`;
        }
    }
    catch (err) {
        if (err instanceof regex_syntax_1.RegexSyntaxError)
            return err.message;
        throw err;
    }
    try {
        (0, patterns_1.compilePattern)(...runs);
    }
    catch (err) {
        // RE2 quotes the offending part of the pattern after the reason; a pattern can hold a pasted secret.
        const reason = err.message.split(': ')[0];
        return `RE2 cannot compile it${reason ? `: ${reason}` : ''}`;
    }
    return undefined;
}
/** Every structural problem with a rule's patterns, as "field: reason" strings. */
function rulePatternProblems(def) {
    const problems = [];
    if (def.regex !== undefined) {
        const p = patternProblem(def.regex, 1, (0, compiled_rule_1.runnableRegex)(def.regex));
        if (p)
            problems.push(`regex: ${p}`);
    }
    if (def.path !== undefined) {
        const p = patternProblem(def.path, undefined);
        if (p)
            problems.push(`path: ${p}`);
    }
    for (const [where, needs] of [
        ['verify', def.verify?.needs],
        ['revoke', def.revoke?.needs],
    ]) {
        for (const [name, n] of Object.entries(needs ?? {})) {
            const p = patternProblem(n.regex, 1, (0, compiled_rule_1.runnableNeed)(n.regex));
            if (p)
                problems.push(`${where}.needs.${name}: ${p.replace(' (the secret)', '')}`);
        }
    }
    for (const list of ['regexes', 'near']) {
        for (const [i, r] of (def.allowlist?.[list] ?? []).entries()) {
            const p = patternProblem(r, undefined);
            if (p)
                problems.push(`allowlist.${list}[${i}]: ${p}`);
        }
    }
    return problems;
}
