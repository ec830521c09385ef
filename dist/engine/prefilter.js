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
/**
 * The path rules of one path, and one RE2 set of all their keywords: a search per keyword over each
 * fragment of a matching path (the prose rules' eight, five and three on every Markdown file) took
 * 0.5 s of a 118,000-commit history's main thread. Put in the automaton instead, their keywords (`: `,
 * ` / `) tripled its hits everywhere else.
 */
class PathRules {
    rules;
    set;
    /** For each rule, the indices of its keywords in `set` (none: the path alone decides). */
    keywordsOf;
    constructor(rules) {
        this.rules = rules;
        const index = new Map();
        this.keywordsOf = rules.map((r) => r.keywords.map((k) => index.get(k) ?? index.set(k, index.size).get(k)));
        if (index.size > 0)
            this.set = new re2_1.default.Set([...index.keys()].map((k) => `(?i)${escapeLiteral(k)}`), '');
    }
    /** The rules whose keywords (any one of them) occur in `bytes`, in their order. */
    present(bytes) {
        if (this.rules.length === 0)
            return this.rules;
        const met = this.set ? new Set(this.set.match(bytes)) : undefined;
        return this.rules.filter((_, i) => this.keywordsOf[i].length === 0 || this.keywordsOf[i].some((k) => met.has(k)));
    }
}
const NO_PATH_RULES = new PathRules([]);
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
    /** The path rules whose file pattern a path matches, with one search for all their keywords. */
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
                this.pathRules.push(rule);
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
        const matcher = (0, path_memo_1.pathMatcher)(this.pathRules, (r) => r.def.path);
        // One PathRules (one compiled set) per combination of rules: paths are many, combinations few.
        const byCombination = new Map([['', NO_PATH_RULES]]);
        this.pathRulesFor = new path_memo_1.PathMemo((path) => {
            const rules = matcher.get(path);
            const key = rules.map((r) => this.index.get(r)).join(',');
            return byCombination.get(key) ?? byCombination.set(key, new PathRules(rules)).get(key);
        });
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
        const byPath = this.pathRules.length === 0 ? [] : this.pathRulesFor.get(path).present(bytes);
        let rules = byKeyword;
        if (byPath.length > 0) {
            const picked = new Set(byKeyword.map((r) => this.index.get(r)));
            for (const rule of byPath)
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
