/**
 * The keyword prefilter: which rules are worth running on a fragment, and where their keywords occur,
 * from one pass of the keyword automaton. The positions let most rules run only on the lines around
 * their keywords; the same pass also marks the base64 runs and URL escapes that decoding looks at.
 */
import RE2 from 're2';
import type { CompiledRule } from './compiled-rule';
import { KeywordAutomaton, type AutomatonSnapshot } from './automaton';
import { PathMemo, pathMatcher } from './path-memo';
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

/**
 * The path rules of one path, and one RE2 set of all their keywords: a search per keyword over each
 * fragment of a matching path (the prose rules' eight, five and three on every Markdown file) took
 * 0.5 s of a 118,000-commit history's main thread. Put in the automaton instead, their keywords (`: `,
 * ` / `) tripled its hits everywhere else.
 */
class PathRules {
  private readonly set?: InstanceType<typeof RE2.Set>;
  /** For each rule, the indices of its keywords in `set` (none: the path alone decides). */
  private readonly keywordsOf: number[][];

  constructor(private readonly rules: CompiledRule[]) {
    const index = new Map<string, number>();
    this.keywordsOf = rules.map((r) => r.keywords.map((k) => index.get(k) ?? index.set(k, index.size).get(k)!));
    if (index.size > 0)
      this.set = new RE2.Set(
        [...index.keys()].map((k) => `(?i)${escapeLiteral(k)}`),
        '',
      );
  }

  /** The rules whose keywords (any one of them) occur in `bytes`, in their order. */
  present(bytes: Buffer): CompiledRule[] {
    if (this.rules.length === 0) return this.rules;
    const met = this.set ? new Set(this.set.match(bytes)) : undefined;
    return this.rules.filter((_, i) => this.keywordsOf[i].length === 0 || this.keywordsOf[i].some((k) => met!.has(k)));
  }
}

const NO_PATH_RULES = new PathRules([]);

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
  private readonly pathRules: CompiledRule[] = [];
  /** The path rules whose file pattern a path matches, with one search for all their keywords. */
  private readonly pathRulesFor: PathMemo<PathRules>;

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
        this.pathRules.push(rule);
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
    const matcher = pathMatcher(this.pathRules, (r) => r.def.path!);
    // One PathRules (one compiled set) per combination of rules: paths are many, combinations few.
    const byCombination = new Map<string, PathRules>([['', NO_PATH_RULES]]);
    this.pathRulesFor = new PathMemo((path) => {
      const rules = matcher.get(path);
      const key = rules.map((r) => this.index.get(r)).join(',');
      return byCombination.get(key) ?? byCombination.set(key, new PathRules(rules)).get(key)!;
    });
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
    const byPath = this.pathRules.length === 0 ? [] : this.pathRulesFor.get(path).present(bytes);
    let rules = byKeyword;
    if (byPath.length > 0) {
      const picked = new Set(byKeyword.map((r) => this.index.get(r)!));
      for (const rule of byPath) picked.add(this.index.get(rule)!);
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
