/** A rule's regex over one region: each secret group that passes the precision filters becomes a candidate. */
import type { Candidate, DropCounts } from './candidate';
import type { CompiledRule } from './compiled-rule';
import type { SeenSpans } from './context';
import { rejectReason } from './filters';
import type { Fragment } from './fragment';
import { onMinifiedLine } from './minified';
import type { RuleSet } from './ruleset';
import { escapedBreakAt } from './unescape';

/** Runs the rule's regex over bytes [from, to) of the fragment and adds the surviving candidates to `out`. */
export function collectMatches(fragment: Fragment, rule: CompiledRule, ruleSet: RuleSet, out: Candidate[], from: number, to: number, dropped?: DropCounts, seen?: SeenSpans): void {
  const bytes = fragment.bytes;
  const region = from === 0 && to === bytes.length ? bytes : bytes.subarray(from, to);
  // Bytes the gate finds nothing in cannot hold a match (engine/gate.ts): the regex need not run, nor compile.
  const gate = rule.gate;
  if (gate !== undefined && !gate.test(region)) return;
  const re = rule.regex;
  if (!re) return;
  re.lastIndex = 0;
  for (;;) {
    const m = re.exec(region) as (RegExpExecArray & { indices?: Array<[number, number] | undefined> }) | null;
    if (!m) break;
    if (m[0].length === 0) re.lastIndex++;
    // A token right after an escaped line break (`…cron:\nsk-admin-…` in a JSON string) starts a line of the text.
    if (rule.leadingBoundary && !isWordBoundary(bytes, from + m.index) && !escapedBreakAt(bytes, from + m.index - 1)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const span = m.indices?.[1];
    if (!span) continue;
    const start = from + span[0];
    const end = from + span[1];
    // The previous fragment of this stream saw these bytes whole and reported them already.
    if (end <= fragment.overlap) continue;
    seen?.add(start, end);
    const secret = bytes.toString('utf8', start, end);
    const after = end < bytes.length ? String.fromCharCode(bytes[end]) : '';
    // Generic rules do not read minified lines: long runs of identifiers, no secrets worth the noise.
    const reason =
      rule.generic && onMinifiedLine(bytes, start)
        ? 'minified-line'
        : (rejectReason({ secret, match: (m[0] as unknown as Buffer).toString('utf8'), after, rule, ruleSet, fragment }) ?? (rule.allowsNear(bytes, start, end) ? 'allowlist' : undefined));
    if (reason) {
      if (dropped) dropped[reason] = (dropped[reason] ?? 0) + 1;
      if (reason === 'allowlist' && !rule.generic) out.push({ rule, start, end, secret, allowed: true });
      continue;
    }
    out.push({ rule, start, end, secret });
  }
}

const isWord = (b: number | undefined) => b !== undefined && ((b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 95);

/** RE2's \b at byte `i`: a word character on exactly one side. */
export function isWordBoundary(bytes: Buffer, i: number): boolean {
  return isWord(i > 0 ? bytes[i - 1] : undefined) !== isWord(bytes[i]);
}
