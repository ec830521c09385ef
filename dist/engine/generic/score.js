"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.THRESHOLD = void 0;
exports.decide = decide;
const keys_1 = require("./keys");
const values_1 = require("./values");
/** Score at or above which a candidate is reported. */
exports.THRESHOLD = 3;
/**
 * Judges a pair: `quoted` when the value was a string literal, `longLine` when its line looks minified,
 * `inString` when the pair sits inside a string literal (a bare word there is text, not a variable).
 */
function decide(key, value, quoted, ctx, longLine, expression = false, inString = false) {
    const k = (0, keys_1.judgeKey)(key);
    if (k.strength === 0)
        return { kind: k.kind, report: false, score: 0, reasons: [`key: ${k.reason}`] };
    if (expression && !key.startsWith('-'))
        return { kind: k.kind, report: false, score: 0, reasons: [`key: ${k.reason}`, 'value: an expression or a command (more words follow)'] };
    // Inside a string a bare word is text, not a variable; in minified code the quotes cannot be trusted.
    const text = inString && !longLine && ctx.kind !== 'minified';
    // A constant whose value spells its own name (CHALLENGE_PASSWORD = "challengePassword") names a field.
    const name = key.slice(Math.max(key.lastIndexOf('.'), key.lastIndexOf(':'), key.lastIndexOf('/')) + 1);
    // A value that is the key's own name with a suffix (Make's `git-credential-x: git-credential-x.o`) names a
    // file; one that is part of the key's name (`"CreateCredentialRequest": ".createcredential"`), a module.
    if (ownName(spelled(name), spelled(value), value.length - name.length))
        return { kind: k.kind, report: false, score: 0, reasons: [`key: ${k.reason} (+${k.strength})`, "value: the key's own name"] };
    const v = (0, values_1.judgeValue)(value, k, quoted, ctx.code, text);
    if (v.veto)
        return { kind: k.kind, report: false, score: 0, reasons: [`key: ${k.reason} (+${k.strength})`, `value: ${v.veto}`] };
    const reasons = [`key: ${k.reason} (+${k.strength})`, `value: ${v.reason} (${signed(v.score)})`, `file: ${ctx.kind} (${signed(ctx.score)})`];
    let score = k.strength + v.score + ctx.score;
    // A string literal given to a credential name in code is deliberate; a bare word there is a variable.
    if (ctx.code && quoted && ctx.kind !== 'minified') {
        score += 1;
        reasons.push('quoted literal in code (+1)');
    }
    if (longLine && ctx.kind !== 'credentials') {
        score -= 1;
        reasons.push('minified line (-1)');
    }
    const report = score >= exports.THRESHOLD;
    return { kind: k.kind, report, score, severity: report && v.weak ? 'medium' : undefined, reasons };
}
/** The value spells the key's name, that name with a short suffix, or most of it (8 letters or more: not `vaultpass` of `ANSIBLE_VAULT_PASSWORD`). */
function ownName(key, value, longer) {
    if (Math.abs(longer) <= 4 && (value === key || (key.length >= 8 && value.startsWith(key))))
        return true;
    return value.length >= 8 && value.length * 2 >= key.length && key.length > value.length && key.includes(value);
}
/** Letters and digits only, lower-cased: `CHALLENGE_PASSWORD` and `challengePassword` spell the same. */
function spelled(s) {
    return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}
function signed(n) {
    return n >= 0 ? `+${n}` : String(n);
}
