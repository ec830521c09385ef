"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.Prefilter = void 0;
exports.escapeLiteral = escapeLiteral;
/**
 * The keyword prefilter: which rules are worth running on a fragment, and where their keywords occur,
 * from one pass of the keyword automaton. The positions let most rules run only on the lines around
 * their keywords; the same pass also marks the base64 runs and URL escapes that decoding looks at.
 */
const re2_1 = __importDefault(require("re2"));
const automaton_1 = require("./automaton");
const path_memo_1 = require("./path-memo");
const triggers_1 = require("./triggers");
/** Escapes a literal for RE2. */
function escapeLiteral(s) {
    return s.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}
class Prefilter {
    rules;
    automaton;
    /** For each keyword id, the indices (in `rules`) of the rules it triggers. */
    keywordRules = [];
    index = new Map();
    /** Keyword ids of each rule. */
    ruleKeywords = new Map();
    /** Keyword ids of the assembly triggers (engine/triggers.ts): positions only, no rule. */
    triggerKinds = new Map();
    /** Rules tied to file names: considered only for matching paths, so their plain-word keywords cost nothing elsewhere. */
    pathRules = [];
    /** The path rules whose file pattern a path matches. */
    pathRulesFor;
    /** `prebuilt` (the build's automaton for the built-in keywords) is used when the rules add no keyword to it. */
    constructor(rules, prebuilt) {
        this.rules = rules;
        const ids = new Map();
        for (const k of prebuilt?.keywords ?? []) {
            ids.set(k, this.keywordRules.length);
            this.keywordRules.push([]);
        }
        const known = ids.size;
        for (const [k, kind] of triggers_1.TRIGGERS) {
            let id = ids.get(k);
            if (id === undefined) {
                id = this.keywordRules.length;
                ids.set(k, id);
                this.keywordRules.push([]);
            }
            this.triggerKinds.set(id, kind);
        }
        for (const [index, rule] of rules.entries()) {
            this.index.set(rule, index);
            if (rule.def.regex === undefined && !rule.def.extractor)
                continue;
            if (rule.def.path !== undefined) {
                this.pathRules.push({ rule, tests: rule.keywords.map((k) => new re2_1.default(`(?i)${escapeLiteral(k)}`, '')) });
                continue;
            }
            const mine = [];
            for (const k of rule.keywords) {
                let id = ids.get(k);
                if (id === undefined) {
                    id = this.keywordRules.length;
                    ids.set(k, id);
                    this.keywordRules.push([]);
                }
                this.keywordRules[id].push(index);
                mine.push(id);
            }
            this.ruleKeywords.set(rule, mine);
        }
        this.automaton = new automaton_1.KeywordAutomaton([...ids.keys()], ids.size === known ? prebuilt : undefined);
        this.pathRulesFor = (0, path_memo_1.pathMatcher)(this.pathRules, (p) => p.rule.def.path);
    }
    /** Rules triggered by each set of keywords met so far: fragments of one scan meet the same few sets again and again. */
    byKeywordSet = new Map();
    /** The rules the keywords `ids` trigger, in rule order. */
    rulesOfKeywords(ids) {
        if (ids.length === 0)
            return [];
        const key = ids.length === 1 ? String(ids[0]) : ids.sort((a, b) => a - b).join(',');
        let rules = this.byKeywordSet.get(key);
        if (!rules) {
            // Rule indices, so the picked rules come out in rule order without a pass over every rule.
            const picked = new Set();
            for (const id of ids)
                for (const i of this.keywordRules[id])
                    picked.add(i);
            rules = [...picked].sort((a, b) => a - b).map((i) => this.rules[i]);
            if (this.byKeywordSet.size >= 20_000)
                this.byKeywordSet.clear();
            this.byKeywordSet.set(key, rules);
        }
        return rules;
    }
    /** The rules a fragment (of file `path`) needs, where their keywords are, and what may be decoded. */
    sift(bytes, path) {
        const found = this.automaton.scan(bytes);
        const byKeyword = this.rulesOfKeywords([...found.keywords.keys()]);
        const byPath = this.pathRules.length === 0 ? [] : this.pathRulesFor.get(path).filter(({ tests }) => tests.length === 0 || tests.some((t) => t.test(bytes)));
        let rules = byKeyword;
        if (byPath.length > 0) {
            const picked = new Set(byKeyword.map((r) => this.index.get(r)));
            for (const { rule } of byPath)
                picked.add(this.index.get(rule));
            rules = [...picked].sort((a, b) => a - b).map((i) => this.rules[i]);
        }
        return {
            rules,
            hits: found.keywords,
            base64Runs: found.base64Runs,
            escapes: found.escapes,
        };
    }
}
exports.Prefilter = Prefilter;
