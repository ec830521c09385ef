/**
 * Checks rule data before it runs. RE2 only: a pattern RE2 cannot compile, or one that needs
 * lookaround or backreferences, is rejected here with the rule id and the reason. The runnable rule
 * itself is engine/compiled-rule.ts.
 */
import { runnableNeed, runnableRegex } from '../engine/compiled-rule';
import { compilePattern } from '../engine/patterns';
import { countCaptureGroups, parseRegex, RegexSyntaxError } from '../engine/regex-syntax';
import type { RuleDefinition } from './types';

/**
 * Why a single pattern is unusable, or undefined when RE2 accepts it with the wanted number of groups.
 * RE2 compiles it as the engine will run it (`runs`), so a check and the scan after it share one compile
 * (patterns.ts): compiling each pattern twice, with two flag sets, was a third of `rules check`.
 */
export function patternProblem(pattern: string, wantGroups: number | undefined, runs: [pattern: string, flags: string] = [pattern, '']): string | undefined {
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
    compilePattern(...runs);
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
    const p = patternProblem(def.regex, 1, runnableRegex(def.regex));
    if (p) problems.push(`regex: ${p}`);
  }
  if (def.path !== undefined) {
    const p = patternProblem(def.path, undefined);
    if (p) problems.push(`path: ${p}`);
  }
  for (const [where, needs] of [
    ['verify', def.verify?.needs],
    ['revoke', def.revoke?.needs],
  ] as const) {
    for (const [name, n] of Object.entries(needs ?? {})) {
      const p = patternProblem(n.regex, 1, runnableNeed(n.regex));
      if (p) problems.push(`${where}.needs.${name}: ${p.replace(' (the secret)', '')}`);
    }
  }
  for (const list of ['regexes', 'near'] as const) {
    for (const [i, r] of (def.allowlist?.[list] ?? []).entries()) {
      const p = patternProblem(r, undefined);
      if (p) problems.push(`allowlist.${list}[${i}]: ${p}`);
    }
  }
  return problems;
}
