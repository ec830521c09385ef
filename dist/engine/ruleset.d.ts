import { type PathMemo } from './path-memo';
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
/**
 * The engine options a scan ran with, as the JSON report records them: `revoke` re-detects a redacted
 * report's secrets with these, so a secret only a deeper decoding (or a scan with --no-suppress) found
 * is found again.
 */
export interface EngineRecord {
    /** Levels of decoding (--decode-depth). */
    decodeDepth: number;
    /** Inline markers honoured (empty with --no-suppress). */
    ignoreMarkers: string[];
    /** With --untrusted-head: the engine noted markers instead of honouring them. */
    markInline?: boolean;
    /** false with --no-suppress (allowlists were off too); set by the caller that knows, the CLI. */
    suppress?: boolean;
}
/** The record of a scan's engine options. */
export declare function engineRecord(options: EngineOptions): EngineRecord;
/** Engine options that detect as the recorded scan did (decoding limits other than the depth are fixed). */
export declare function engineFromRecord(record: EngineRecord): EngineOptions;
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
