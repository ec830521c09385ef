"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CompiledRule = exports.runnableNeed = exports.runnableRegex = void 0;
const patterns_1 = require("./patterns");
const confirm_1 = require("./confirm");
const gate_1 = require("./gate");
const rule_facts_1 = require("./rule-facts");
const LEADING_BOUNDARY = /^(\(\?[a-zA-Z]+\))?\\b/;
/** Bytes on either side of a secret that `allowlist.near` looks at: a config object's neighbouring fields. */
const NEAR = 256;
/** A flag group opening the pattern with `\b` (`(?i:\bgeo_session)`): its `\b` is the pattern's when the group alternates nothing. */
const GROUP_BOUNDARY = /^\(\?[a-zA-Z]+:\\b/;
/** Where the group opened just before `from` closes, or -1 when it holds a `|` of its own (not inside a nested group or a class). */
function groupEnd(regex, from) {
    let depth = 1;
    for (let i = from; i < regex.length; i++) {
        const c = regex[i];
        if (c === '\\')
            i++;
        else if (c === '[') {
            // A class ends at the first `]` not escaped and not first in it (`[]a]`, `[^]a]`).
            i += regex[i + 1] === '^' ? 2 : 1;
            if (regex[i] === ']')
                i++;
            while (i < regex.length && regex[i] !== ']')
                i += regex[i] === '\\' ? 2 : 1;
        }
        else if (c === '(')
            depth++;
        else if (c === ')' && --depth === 0)
            return i;
        else if (c === '|' && depth === 1)
            return -1;
    }
    return -1;
}
/** The pattern without the leading `\b` the window checks instead (see leadingBoundary), or undefined when it has none. */
function withoutLeadingBoundary(regex) {
    if (LEADING_BOUNDARY.test(regex))
        return regex.replace(LEADING_BOUNDARY, '$1');
    const g = GROUP_BOUNDARY.exec(regex);
    if (!g)
        return undefined;
    // A group that alternates, or that may be skipped (`(?i:\bkey)?`), does not start every match.
    const end = groupEnd(regex, g[0].length);
    if (end < 0 || /[?*{]/.test(regex[end + 1] ?? ''))
        return undefined;
    return regex.slice(0, g[0].length - 2) + regex.slice(g[0].length);
}
/**
 * A content regex as the engine runs it: global, with group indices, and its leading `\b` left to the
 * window (see leadingBoundary), where a `\n` escape before a key counts as a boundary (a JSON string's
 * `…has\nR2_SECRET_ACCESS_KEY=…`).
 */
const runnableRegex = (regex) => [withoutLeadingBoundary(regex) ?? regex, 'gd'];
exports.runnableRegex = runnableRegex;
/** A needed value's pattern as the engine runs it. */
const runnableNeed = (regex) => [regex, 'gd'];
exports.runnableNeed = runnableNeed;
/** A rule ready to run. Regexes compile on first use so a pre-commit run pays only for rules it needs. */
class CompiledRule {
    def;
    id;
    keywords;
    stopwords;
    /** The rule's provider (engine/rule-facts.ts). */
    provider;
    /** The rule's precedence on contested bytes (engine/rule-facts.ts). */
    priority;
    re;
    pathRe;
    allowRes;
    allowPathMatch;
    nearRes;
    constructor(def) {
        this.def = def;
        this.id = def.id;
        this.keywords = [...new Set(def.keywords.map((k) => k.toLowerCase()))];
        this.stopwords = (def.stopwords ?? []).map((s) => s.toLowerCase());
        this.provider = (0, rule_facts_1.ruleProvider)(def);
        this.priority = (0, rule_facts_1.rulePriority)(def);
        this.leadingBoundary = def.regex !== undefined && withoutLeadingBoundary(def.regex) !== undefined;
        this.generic = def.generic === true;
    }
    /**
     * The rule's `generic` flag, read once: rule definitions come in dozens of shapes (their optional
     * fields), and reading the flag off them in the hot paths had V8 recompile detect() nine times in a
     * rails-shaped history scan instead of three ("wrong map" in --trace-deopt).
     */
    generic;
    /**
     * True when the rule's regex starts with \b. The regex then runs without it (a leading \b stops RE2
     * from jumping to the literal prefix with memchr, several times slower) and the engine checks the
     * boundary itself. Worked out once: it is asked for every match.
     */
    leadingBoundary;
    /** Half-width of the window around a keyword the rule can run in, or undefined to run over everything. */
    get windowSpan() {
        // Bundled rules carry it from the build; custom rules work it out once, on first use.
        // (./window draws examples, so it loads only for custom rules: a pre-commit run never pays for it.)
        if (this.span === null)
            this.span = this.def.windowSpan !== undefined ? (this.def.windowSpan ?? undefined) : require('./window').windowSpan(this.def);
        return this.span ?? undefined;
    }
    span = null;
    /** The check of the bytes after each keyword (engine/confirm.ts), by keyword; null where there is none. */
    confirmFor(keyword) {
        if (this.def.regex === undefined)
            return undefined;
        this.confirms ??= new Map();
        let c = this.confirms.get(keyword);
        if (c === undefined)
            this.confirms.set(keyword, (c = (0, confirm_1.confirmFor)(this.def.regex, keyword) ?? null));
        return c ?? undefined;
    }
    confirms;
    /** True when no match crosses a line break (bundled rules carry it from the build). */
    get lineLocal() {
        this.local ??= this.def.lineLocal ?? require('./window').lineLocal(this.def);
        return this.local;
    }
    local;
    /** The content regex (global, with group indices), or undefined for a path-only rule. */
    get regex() {
        if (this.def.regex === undefined)
            return undefined;
        return (this.re ??= (0, patterns_1.compilePattern)(...(0, exports.runnableRegex)(this.def.regex)));
    }
    /**
     * The rule's gate (engine/gate.ts): its regex with long counted repetitions left open, which matches
     * wherever the regex does and compiles in a fraction of the time; undefined when the regex has none.
     */
    get gate() {
        if (this.gateRe === null) {
            const open = this.def.regex === undefined ? undefined : (0, gate_1.openRepetitions)((0, exports.runnableRegex)(this.def.regex)[0]);
            try {
                this.gateRe = open === undefined ? undefined : (0, patterns_1.compilePattern)(open, '');
            }
            catch {
                this.gateRe = undefined;
            }
        }
        return this.gateRe;
    }
    gateRe = null;
    get pathRegex() {
        if (this.def.path === undefined)
            return undefined;
        return (this.pathRe ??= (0, patterns_1.compilePattern)(this.def.path, ''));
    }
    /** Patterns for the values the rule's verify and revoke specs need, compiled on first use. */
    get needs() {
        if (this.needRes)
            return this.needRes;
        const specs = { ...(this.def.verify?.needs ?? {}), ...(this.def.revoke?.needs ?? {}) };
        return (this.needRes = Object.entries(specs).map(([name, n]) => ({ name, re: (0, patterns_1.compilePattern)(...(0, exports.runnableNeed)(n.regex)), within: n.within ?? 2048 })));
    }
    needRes;
    /** True when this rule's own allowlist suppresses `secret` found at `path`. */
    allows(secret, path) {
        const list = this.def.allowlist;
        if (!list)
            return false;
        this.allowRes ??= (list.regexes ?? []).map((r) => (0, patterns_1.compilePattern)(r, ''));
        if (this.allowRes.some((r) => r.test(secret)))
            return true;
        if (!list.paths?.length)
            return false;
        this.allowPathMatch ??= require('picomatch')(list.paths, { dot: true });
        return this.allowPathMatch(path);
    }
    /** True when one of the rule's `allowlist.near` patterns matches within NEAR bytes of bytes[start, end). */
    allowsNear(bytes, start, end) {
        const near = this.def.allowlist?.near;
        if (!near?.length)
            return false;
        this.nearRes ??= near.map((r) => (0, patterns_1.compilePattern)(r, ''));
        const around = bytes.subarray(Math.max(0, start - NEAR), Math.min(bytes.length, end + NEAR));
        return this.nearRes.some((r) => r.test(around));
    }
}
exports.CompiledRule = CompiledRule;
