import RE2 from 're2';
import { type PathMemo, pathMatcher } from './path-memo';
import type { CompiledRule } from './compiled-rule';
import { Prefilter, type Sifted } from './prefilter';
import type { AutomatonSnapshot } from './automaton';
import { DEFAULT_DECODE, type DecodeLimits } from './decode';
import { DEFAULT_MARKER } from './inline-ignore';

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

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = { decode: DEFAULT_DECODE, ignoreMarkers: [DEFAULT_MARKER] };

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
export function engineRecord(options: EngineOptions): EngineRecord {
  return { decodeDepth: options.decode.depth, ignoreMarkers: [...options.ignoreMarkers], ...(options.markInline ? { markInline: true } : {}) };
}

/** Engine options that detect as the recorded scan did (decoding limits other than the depth are fixed). */
export function engineFromRecord(record: EngineRecord): EngineOptions {
  return { decode: { ...DEFAULT_DECODE, depth: record.decodeDepth }, ignoreMarkers: [...record.ignoreMarkers], ...(record.markInline ? { markInline: true } : {}) };
}

/** The compiled rules plus the keyword prefilter that decides which of them a fragment needs. */
export class RuleSet {
  readonly rules: CompiledRule[];
  /** Rules with a path pattern and no content regex: they flag files by name. */
  readonly pathOnly: CompiledRule[];
  /** The path-only rules that flag a path. */
  readonly pathOnlyFor: PathMemo<CompiledRule[]>;
  readonly prefilter: Prefilter;
  private readonly allowRes: RE2[];

  constructor(
    rules: CompiledRule[],
    allowlistRegexes: string[] = [],
    readonly options: EngineOptions = DEFAULT_ENGINE_OPTIONS,
    prebuilt?: AutomatonSnapshot,
  ) {
    this.rules = rules;
    this.pathOnly = rules.filter((r) => r.def.path !== undefined && r.def.regex === undefined);
    this.pathOnlyFor = pathMatcher(this.pathOnly, (r) => r.def.path!);
    this.prefilter = new Prefilter(rules, prebuilt);
    this.allowRes = allowlistRegexes.map((r) => new RE2(r, ''));
  }

  /** Rules whose keywords occur in `bytes` (of file `path`), and where. */
  sift(bytes: Buffer, path = ''): Sifted {
    return this.prefilter.sift(bytes, path);
  }

  /** Rules whose keywords occur in `bytes`, in rule order. */
  candidates(bytes: Buffer, path = ''): CompiledRule[] {
    return this.sift(bytes, path).rules;
  }

  /** A rule's precedence on contested bytes (see resolveOverlaps). */
  priority(ruleId: string): number {
    return this.byIdGet(ruleId)?.priority ?? 0;
  }

  /** True when the rule is a generic one (rules/types.ts `generic`). */
  isGeneric(ruleId: string): boolean {
    return this.byIdGet(ruleId)?.def.generic === true;
  }

  private byIdGet(ruleId: string): CompiledRule | undefined {
    this.byId ??= new Map(this.rules.map((r) => [r.id, r]));
    return this.byId.get(ruleId);
  }

  private byId?: Map<string, CompiledRule>;

  /** True when a global (config) allowlist regex matches the secret. */
  allowsSecret(secret: string): boolean {
    return this.allowRes.some((r) => r.test(secret));
  }
}
