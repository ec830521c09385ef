/**
 * One decision per generic candidate, from three judgements: how strongly the key names a credential
 * (keys.ts), what the value looks like (values.ts) and what kind of file it sits in (context.ts). A
 * strong key in a credentials file outweighs a weak value (a weak password in .env is a finding, at a
 * lower severity); a digest under a digest-named key, a reference, a placeholder or prose never is.
 * Every decision carries its reasons, for --explain.
 */
import type { Severity } from '../../rules/types';
import type { FileContext } from './context';
import { judgeKey, type KeyClass } from './keys';
import { judgeValue } from './values';

/** Score at or above which a candidate is reported. */
export const THRESHOLD = 3;

/** The decision on one key/value pair. */
export interface GenericDecision {
  kind: KeyClass;
  report: boolean;
  score: number;
  /** Severity for a reported weak value (a human password), else undefined: the rule's own. */
  severity?: Severity;
  reasons: string[];
}

/**
 * Judges a pair: `quoted` when the value was a string literal, `longLine` when its line looks minified,
 * `inString` when the pair sits inside a string literal (a bare word there is text, not a variable).
 */
export function decide(key: string, value: string, quoted: boolean, ctx: FileContext, longLine: boolean, expression = false, inString = false): GenericDecision {
  const k = judgeKey(key);
  if (k.strength === 0) return { kind: k.kind, report: false, score: 0, reasons: [`key: ${k.reason}`] };
  if (expression && !key.startsWith('-')) return { kind: k.kind, report: false, score: 0, reasons: [`key: ${k.reason}`, 'value: an expression or a command (more words follow)'] };
  // Inside a string a bare word is text, not a variable; in minified code the quotes cannot be trusted.
  const text = inString && !longLine && ctx.kind !== 'minified';
  // A constant whose value spells its own name (CHALLENGE_PASSWORD = "challengePassword") names a field.
  const name = key.slice(Math.max(key.lastIndexOf('.'), key.lastIndexOf(':'), key.lastIndexOf('/')) + 1);
  // A value that is the key's own name with a suffix (Make's `git-credential-x: git-credential-x.o`) names a
  // file; one that is part of the key's name (`"CreateCredentialRequest": ".createcredential"`), a module.
  if (ownName(spelled(name), spelled(value), value.length - name.length)) return { kind: k.kind, report: false, score: 0, reasons: [`key: ${k.reason} (+${k.strength})`, "value: the key's own name"] };
  const v = judgeValue(value, k, quoted, ctx.code, text);
  if (v.veto) return { kind: k.kind, report: false, score: 0, reasons: [`key: ${k.reason} (+${k.strength})`, `value: ${v.veto}`] };
  const reasons = [`key: ${k.reason} (+${k.strength})`, `value: ${v.reason} (${signed(v.score)})`, `file: ${ctx.kind} (${signed(ctx.score)})`];
  let score = k.strength + v.score + ctx.score;
  // A string literal given to a credential name in code is deliberate; a bare word there is a variable.
  if (ctx.code && quoted && ctx.kind !== 'minified') {
    score += 1;
    reasons.push('quoted literal in code (+1)');
  }
  if (longLine && ctx.kind !== 'credentials') {
    score -= 1;
    reasons.push('minified line (-1)');
  }
  const report = score >= THRESHOLD;
  return { kind: k.kind, report, score, severity: report && v.weak ? 'medium' : undefined, reasons };
}

/** The value spells the key's name, that name with a short suffix, or most of it (8 letters or more: not `vaultpass` of `ANSIBLE_VAULT_PASSWORD`). */
function ownName(key: string, value: string, longer: number): boolean {
  if (Math.abs(longer) <= 4 && (value === key || (key.length >= 8 && value.startsWith(key)))) return true;
  return value.length >= 8 && value.length * 2 >= key.length && key.length > value.length && key.includes(value);
}

/** Letters and digits only, lower-cased: `CHALLENGE_PASSWORD` and `challengePassword` spell the same. */
function spelled(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function signed(n: number): string {
  return n >= 0 ? `+${n}` : String(n);
}
