/**
 * The keyword prefilter: which rules are worth running on a fragment, and where their keywords occur,
 * from one pass of the keyword automaton. The positions let most rules run only on the lines around
 * their keywords; the same pass also marks the base64 runs and URL escapes that decoding looks at.
 */
import RE2 from 're2';
import type { CompiledRule } from './compiled-rule';
import { KeywordAutomaton, type AutomatonSnapshot } from './automaton';
import { type PathMemo, pathMatcher } from './path-memo';
import { TRIGGERS, type TriggerKind } from './triggers';

/** Escapes a literal for RE2. */
export function escapeLiteral(s: string): string {
  return s.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

/** What the prefilter found in one fragment. */
export interface Sifted {
  /** Rules worth running, in rule order. */
  rules: CompiledRule[];
  /** Byte offsets where each keyword (by id) starts. */
  hits: Map<number, number[]>;
  /** Candidate spans for decoding (see KeywordAutomaton). */
  base64Runs: Array<[number, number]>;
  escapes: number[];
}

export class Prefilter {
  readonly automaton: KeywordAutomaton;
  /** For each keyword id, the indices (in `rules`) of the rules it triggers. */
  private readonly keywordRules: number[][] = [];
  private readonly index = new Map<CompiledRule, number>();
  /** Keyword ids of each rule. */
  readonly ruleKeywords = new Map<CompiledRule, number[]>();
  /** Keyword ids of the assembly triggers (engine/triggers.ts): positions only, no rule. */
  readonly triggerKinds = new Map<number, TriggerKind>();
  /** Rules tied to file names: considered only for matching paths, so their plain-word keywords cost nothing elsewhere. */
  private readonly pathRules: Array<{ rule: CompiledRule; tests: RE2[] }> = [];
  /** The path rules whose file pattern a path matches. */
  private readonly pathRulesFor: PathMemo<Array<{ rule: CompiledRule; tests: RE2[] }>>;

  /** `prebuilt` (the build's automaton for the built-in keywords) is used when the rules add no keyword to it. */
  constructor(
    private readonly rules: CompiledRule[],
    prebuilt?: AutomatonSnapshot,
  ) {
    const ids = new Map<string, number>();
    for (const k of prebuilt?.keywords ?? []) {
      ids.set(k, this.keywordRules.length);
      this.keywordRules.push([]);
    }
    const known = ids.size;
    for (const [k, kind] of TRIGGERS) {
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
      if (rule.def.regex === undefined && !rule.def.extractor) continue;
      if (rule.def.path !== undefined) {
        this.pathRules.push({ rule, tests: rule.keywords.map((k) => new RE2(`(?i)${escapeLiteral(k)}`, '')) });
        continue;
      }
      const mine: number[] = [];
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
    this.automaton = new KeywordAutomaton([...ids.keys()], ids.size === known ? prebuilt : undefined);
    this.pathRulesFor = pathMatcher(this.pathRules, (p) => p.rule.def.path!);
  }

  /** Rules triggered by each set of keywords met so far: fragments of one scan meet the same few sets again and again. */
  private readonly byKeywordSet = new Map<string, CompiledRule[]>();

  /** The rules the keywords `ids` trigger, in rule order. */
  private rulesOfKeywords(ids: number[]): CompiledRule[] {
    if (ids.length === 0) return [];
    const key = ids.length === 1 ? String(ids[0]) : ids.sort((a, b) => a - b).join(',');
    let rules = this.byKeywordSet.get(key);
    if (!rules) {
      // Rule indices, so the picked rules come out in rule order without a pass over every rule.
      const picked = new Set<number>();
      for (const id of ids) for (const i of this.keywordRules[id]) picked.add(i);
      rules = [...picked].sort((a, b) => a - b).map((i) => this.rules[i]);
      if (this.byKeywordSet.size >= 20_000) this.byKeywordSet.clear();
      this.byKeywordSet.set(key, rules);
    }
    return rules;
  }

  /** The rules a fragment (of file `path`) needs, where their keywords are, and what may be decoded. */
  sift(bytes: Buffer, path: string): Sifted {
    const found = this.automaton.scan(bytes);
    const byKeyword = this.rulesOfKeywords([...found.keywords.keys()]);
    const byPath = this.pathRules.length === 0 ? [] : this.pathRulesFor.get(path).filter(({ tests }) => tests.length === 0 || tests.some((t) => t.test(bytes)));
    let rules = byKeyword;
    if (byPath.length > 0) {
      const picked = new Set(byKeyword.map((r) => this.index.get(r)!));
      for (const { rule } of byPath) picked.add(this.index.get(rule)!);
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
