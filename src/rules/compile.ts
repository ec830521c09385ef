/**
 * Turns rule data into runnable rules. RE2 only: a pattern RE2 cannot compile, or one that needs
 * lookaround or backreferences, is rejected here with the rule id and the reason.
 */
import RE2 from 're2';
import { RuleError } from '../errors';
import { compilePattern } from './patterns';
import { countCaptureGroups, parseRegex, RegexSyntaxError } from './regex-syntax';
import type { RuleDefinition } from './types';
import { confirmFor, type Confirm } from '../engine/confirm';

const LEADING_BOUNDARY = /^(\(\?[a-zA-Z]+\))?\\b/;

/** A rule ready to run. Regexes compile on first use so a pre-commit run pays only for rules it needs. */
export class CompiledRule {
  readonly id: string;
  readonly keywords: string[];
  readonly stopwords: string[];
  private re?: RE2;
  private pathRe?: RE2;
  private allowRes?: RE2[];
  private allowPathMatch?: (path: string) => boolean;

  constructor(readonly def: RuleDefinition) {
    this.id = def.id;
    this.keywords = [...new Set(def.keywords.map((k) => k.toLowerCase()))];
    this.stopwords = (def.stopwords ?? []).map((s) => s.toLowerCase());
  }

  /**
   * True when the rule's regex starts with \b. The regex then runs without it (a leading \b stops RE2
   * from jumping to the literal prefix with memchr, several times slower) and the engine checks the
   * boundary itself.
   */
  get leadingBoundary(): boolean {
    return this.def.regex !== undefined && LEADING_BOUNDARY.test(this.def.regex);
  }

  /** Half-width of the window around a keyword the rule can run in, or undefined to run over everything. */
  get windowSpan(): number | undefined {
    // Bundled rules carry it from the build; custom rules work it out once, on first use.
    // (./window draws examples, so it loads only for custom rules: a pre-commit run never pays for it.)
    if (this.span === null) this.span = this.def.windowSpan !== undefined ? (this.def.windowSpan ?? undefined) : (require('./window') as typeof import('./window')).windowSpan(this.def);
    return this.span ?? undefined;
  }

  private span?: number | null = null;

  /** The check of the bytes after each keyword (engine/confirm.ts), by keyword; null where there is none. */
  confirmFor(keyword: string): Confirm | undefined {
    if (this.def.regex === undefined) return undefined;
    this.confirms ??= new Map();
    let c = this.confirms.get(keyword);
    if (c === undefined) this.confirms.set(keyword, (c = confirmFor(this.def.regex, keyword) ?? null));
    return c ?? undefined;
  }

  private confirms?: Map<string, Confirm | null>;

  /** True when no match crosses a line break (bundled rules carry it from the build). */
  get lineLocal(): boolean {
    this.local ??= this.def.lineLocal ?? (require('./window') as typeof import('./window')).lineLocal(this.def);
    return this.local;
  }

  private local?: boolean;

  /** The content regex (global, with group indices), or undefined for a path-only rule. */
  get regex(): RE2 | undefined {
    if (this.def.regex === undefined) return undefined;
    return (this.re ??= compilePattern(this.def.regex.replace(LEADING_BOUNDARY, '$1'), 'gd'));
  }

  get pathRegex(): RE2 | undefined {
    if (this.def.path === undefined) return undefined;
    return (this.pathRe ??= compilePattern(this.def.path, ''));
  }

  /** Patterns for the values the rule's verify and revoke specs need, compiled on first use. */
  get needs(): Array<{ name: string; re: RE2; within: number }> {
    if (this.needRes) return this.needRes;
    const specs = { ...(this.def.verify?.needs ?? {}), ...(this.def.revoke?.needs ?? {}) };
    return (this.needRes = Object.entries(specs).map(([name, n]) => ({ name, re: compilePattern(n.regex, 'gd'), within: n.within ?? 2048 })));
  }

  private needRes?: Array<{ name: string; re: RE2; within: number }>;

  /** True when this rule's own allowlist suppresses `secret` found at `path`. */
  allows(secret: string, path: string): boolean {
    const list = this.def.allowlist;
    if (!list) return false;
    this.allowRes ??= (list.regexes ?? []).map((r) => compilePattern(r, ''));
    if (this.allowRes.some((r) => r.test(secret))) return true;
    if (!list.paths?.length) return false;
    this.allowPathMatch ??= (require('picomatch') as typeof import('picomatch'))(list.paths, { dot: true });
    return this.allowPathMatch(path);
  }
}

/** Why a single pattern is unusable, or undefined when RE2 accepts it with the wanted number of groups. */
export function patternProblem(pattern: string, wantGroups: number | undefined): string | undefined {
  try {
    const groups = countCaptureGroups(parseRegex(pattern));
    if (wantGroups !== undefined && groups !== wantGroups) {
      return `needs exactly ${wantGroups} capture group${wantGroups === 1 ? '' : 's'} (the secret), found ${groups}`;
    }
  } catch (err) {
    if (err instanceof RegexSyntaxError) return err.message;
    throw err;
  }
  try {
    compilePattern(pattern, '');
  } catch (err) {
    // RE2 quotes the offending part of the pattern after the reason; a pattern can hold a pasted secret.
    const reason = (err as Error).message.split(': ')[0];
    return `RE2 cannot compile it${reason ? `: ${reason}` : ''}`;
  }
  return undefined;
}

/** Every structural problem with a rule's patterns, as "field: reason" strings. */
export function rulePatternProblems(def: RuleDefinition): string[] {
  const problems: string[] = [];
  if (def.regex !== undefined) {
    const p = patternProblem(def.regex, 1);
    if (p) problems.push(`regex: ${p}`);
  }
  if (def.path !== undefined) {
    const p = patternProblem(def.path, undefined);
    if (p) problems.push(`path: ${p}`);
  }
  for (const [where, needs] of [['verify', def.verify?.needs], ['revoke', def.revoke?.needs]] as const) {
    for (const [name, n] of Object.entries(needs ?? {})) {
      const p = patternProblem(n.regex, 1);
      if (p) problems.push(`${where}.needs.${name}: ${p.replace(' (the secret)', '')}`);
    }
  }
  for (const [i, r] of (def.allowlist?.regexes ?? []).entries()) {
    const p = patternProblem(r, undefined);
    if (p) problems.push(`allowlist.regexes[${i}]: ${p}`);
  }
  return problems;
}

/** Compiles a rule after checking its patterns; throws RuleError naming the rule. */
export function compileRule(def: RuleDefinition, origin: string): CompiledRule {
  const problems = rulePatternProblems(def);
  if (problems.length > 0) throw new RuleError(`${origin}: rule ${def.id}: ${problems.join('; ')}`);
  return new CompiledRule(def);
}
