import { PathMemo } from './path-memo';
import type { CompiledRule } from './compiled-rule';
import { Prefilter, type Sifted } from './prefilter';
import type { AutomatonSnapshot } from './automaton';
import { type DecodeLimits } from './decode';
/** How the engine runs beyond the rules themselves. */
export interface EngineOptions {
    decode: DecodeLimits;
    /** Inline markers that suppress a finding on their line (empty: inline suppression off). */
    ignoreMarkers: string[];
    /** Mark findings a marker covers (Finding.inlineMarker) instead of dropping them: --untrusted-head judges them later. */
    markInline?: boolean;
    /** --explain: every generic decision is recorded here (the scan then runs on the main thread). */
    explain?: import('./generic').Explanation[];
}
export declare const DEFAULT_ENGINE_OPTIONS: EngineOptions;
/** The compiled rules plus the keyword prefilter that decides which of them a fragment needs. */
export declare class RuleSet {
    readonly options: EngineOptions;
    readonly rules: CompiledRule[];
    /** Rules with a path pattern and no content regex: they flag files by name. */
    readonly pathOnly: CompiledRule[];
    /** The path-only rules that flag a path. */
    readonly pathOnlyFor: PathMemo<CompiledRule[]>;
    readonly prefilter: Prefilter;
    private readonly allowRes;
    constructor(rules: CompiledRule[], allowlistRegexes?: string[], options?: EngineOptions, prebuilt?: AutomatonSnapshot);
    /** Rules whose keywords occur in `bytes` (of file `path`), and where. */
    sift(bytes: Buffer, path?: string): Sifted;
    /** Rules whose keywords occur in `bytes`, in rule order. */
    candidates(bytes: Buffer, path?: string): CompiledRule[];
    /** A rule's precedence on contested bytes (see resolveOverlaps). */
    priority(ruleId: string): number;
    /** True when the rule is a generic one (rules/types.ts `generic`). */
    isGeneric(ruleId: string): boolean;
    private byIdGet;
    private byId?;
    /** True when a global (config) allowlist regex matches the secret. */
    allowsSecret(secret: string): boolean;
}
