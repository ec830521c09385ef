/**
 * Whether a rule may run only on the lines around its keywords instead of the whole fragment. That
 * holds when its match length is bounded (an unbounded repetition is taken to cover at most
 * UNBOUNDED_AS characters) and, in every positive example, a keyword lies inside the match: the window
 * around each keyword occurrence then contains every match that uses it.
 */
import { compilePattern } from './patterns';
import { expandExamples } from '../rules/examples';
import { canMatchNewline, maxMatchLength, parseRegex } from './regex-syntax';
import type { RuleDefinition } from '../rules/types';

/** Longest window half-width worth using, in bytes; longer matches run over the whole fragment. */
const MAX_SPAN = 16384;
/**
 * How many characters an unbounded repetition (\s*, [^"]+) is taken to cover when sizing windows. A
 * match that spreads a key and its value over more than this is not a credential assignment.
 */
const UNBOUNDED_AS = 256;

/**
 * The window half-width in bytes (the longest possible match), or undefined when the rule must run whole.
 * @lazy loaded with require() by engine/compiled-rule.ts and scripts/build.js, which knip does not follow
 */
export function windowSpan(def: RuleDefinition): number | undefined {
  if (def.regex === undefined) return undefined;
  let chars: number;
  try {
    chars = maxMatchLength(parseRegex(def.regex), UNBOUNDED_AS);
  } catch {
    return undefined;
  }
  // Characters to bytes: a non-ASCII character takes up to four.
  const bytes = chars * 4;
  if (!Number.isFinite(bytes) || bytes > MAX_SPAN) return undefined;
  const re = compilePattern(def.regex, '');
  const keywords = def.keywords.map((k) => k.toLowerCase());
  for (const ex of expandExamples(def, 'window').positive) {
    const m = re.exec(Buffer.from(ex.text));
    const text = m ? (m[0] as unknown as Buffer).toString('utf8').toLowerCase() : '';
    if (!keywords.some((k) => text.includes(k))) return undefined;
  }
  return bytes;
}

/**
 * True when no match of the rule can cross a line break: its windows can stop at the keyword's own line.
 * @lazy loaded with require() by engine/compiled-rule.ts and scripts/build.js, which knip does not follow
 */
export function lineLocal(def: RuleDefinition): boolean {
  if (def.regex === undefined) return false;
  try {
    return !canMatchNewline(parseRegex(def.regex), /\(\?[a-zA-Z]*s/.test(def.regex));
  } catch {
    return false;
  }
}
