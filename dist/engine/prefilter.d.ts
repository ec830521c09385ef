import type { CompiledRule } from './compiled-rule';
import { KeywordAutomaton, type AutomatonSnapshot } from './automaton';
import { type TriggerKind } from './triggers';
/** Escapes a literal for RE2. */
export declare function escapeLiteral(s: string): string;
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
export declare class Prefilter {
    private readonly rules;
    readonly automaton: KeywordAutomaton;
    /** For each keyword id, the indices (in `rules`) of the rules it triggers. */
    private readonly keywordRules;
    private readonly index;
    /** Keyword ids of each rule. */
    readonly ruleKeywords: Map<CompiledRule, number[]>;
    /** Keyword ids of the assembly triggers (engine/triggers.ts): positions only, no rule. */
    readonly triggerKinds: Map<number, TriggerKind>;
    /** Rules tied to file names: considered only for matching paths, so their plain-word keywords cost nothing elsewhere. */
    private readonly pathRules;
    /** The path rules whose file pattern a path matches, with one search for all their keywords. */
    private readonly pathRulesFor;
    /** `prebuilt` (the build's automaton for the built-in keywords) is used when the rules add no keyword to it. */
    constructor(rules: CompiledRule[], prebuilt?: AutomatonSnapshot);
    /** Rules triggered by each set of keywords met so far: fragments of one scan meet the same few sets again and again. */
    private readonly byKeywordSet;
    /** The rules the keywords `ids` trigger, in rule order. */
    private rulesOfKeywords;
    /** The rules a fragment (of file `path`) needs, where their keywords are, and what may be decoded. */
    sift(bytes: Buffer, path: string): Sifted;
}
