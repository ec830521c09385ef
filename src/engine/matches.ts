/** A rule's regex over one region: each secret group that passes the precision filters becomes a candidate. */
import type RE2 from 're2';
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
    const m = re.exec(region) as Match | null;
    if (!m) break;
    if (m[0].length === 0) re.lastIndex++;
    // A token right after an escaped line break (`…cron:\nsk-admin-…` in a JSON string) starts a line of the text.
    if (rule.leadingBoundary && !isWordBoundary(bytes, from + m.index) && !escapedBreakAt(bytes, from + m.index - 1)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const span = m.indices?.[1];
    if (!span) continue;
    const kept = consider(fragment, rule, ruleSet, m[0] as unknown as Buffer, from + span[0], from + span[1], out, dropped, seen);
    if (kept && !rule.lineLocal && opensSection(region, m.index, span[0])) {
      const resume = re.lastIndex;
      laterKeys(fragment, rule, ruleSet, re, region, m, from, out, dropped, seen);
      re.lastIndex = resume;
    }
  }
}

type Match = RegExpExecArray & { indices?: Array<[number, number] | undefined> };

/** Turns a match whose secret is bytes [start, end) of the fragment into a candidate (true), or counts why it was dropped. */
function consider(fragment: Fragment, rule: CompiledRule, ruleSet: RuleSet, match: Buffer, start: number, end: number, out: Candidate[], dropped?: DropCounts, seen?: SeenSpans): boolean {
  const bytes = fragment.bytes;
  // The previous fragment of this stream saw these bytes whole and reported them already.
  if (end <= fragment.overlap) return false;
  seen?.add(start, end);
  const secret = bytes.toString('utf8', start, end);
  const after = end < bytes.length ? String.fromCharCode(bytes[end]) : '';
  // Generic rules do not read minified lines: long runs of identifiers, no secrets worth the noise.
  const reason =
    rule.generic && onMinifiedLine(bytes, start)
      ? 'minified-line'
      : (rejectReason({ secret, match: match.toString('utf8'), after, rule, ruleSet, fragment }) ?? (rule.allowsNear(bytes, start, end) ? 'allowlist' : undefined));
  if (reason) {
    if (dropped) dropped[reason] = (dropped[reason] ?? 0) + 1;
    if (reason === 'allowlist' && !rule.generic) out.push({ rule, start, end, secret, allowed: true });
    return false;
  }
  out.push({ rule, start, end, secret });
  return true;
}

/** How many more keys of one provider section are looked for (Key1, Key2, a webhook secret). */
const MAX_LATER_KEYS = 3;

/**
 * A match that starts on a line above its value (a section's name: `zalopay:` … `key1: v`) takes that
 * line with its first key, so the regex cannot name the section again for `key2: w` below. When the
 * first key is kept, the match's text is matched once more from its start with the first key's line
 * taken out, and a value further down is the section's too (the rule's own regex runs again; the caller puts its position back).
 * Taking the line out, not blanking the value, keeps a value-eating `\s+` from reaching the next
 * line's first word. Such matches are rare, so the copies cost nothing measurable.
 */
function laterKeys(fragment: Fragment, rule: CompiledRule, ruleSet: RuleSet, re: RE2, region: Buffer, first: Match, from: number, out: Candidate[], dropped?: DropCounts, seen?: SeenSpans): void {
  const at = first.index;
  const cuts: Array<[number, number]> = [];
  let span = first.indices?.[1];
  for (let i = 0; i < MAX_LATER_KEYS && span; i++) {
    cuts.push(lineAround(region, span[0]));
    const { text, toRegion } = without(region, at, cuts);
    re.lastIndex = 0;
    const m = re.exec(text) as Match | null;
    const next = m?.indices?.[1];
    // Only a match that starts at the same section and finds a value further down is a later key.
    if (!m || m.index !== 0 || !next || toRegion(next[0]) < span[1]) return;
    span = [toRegion(next[0]), toRegion(next[1])];
    if (!consider(fragment, rule, ruleSet, m[0] as unknown as Buffer, from + span[0], from + span[1], out, dropped, seen)) return;
  }
}

/** The last byte a section's line may end with: `zalopay:`, `"ZaloPay": {`, `[zalopay]`, `<ZaloPay>`, `do |c|`. */
const OPENERS = new Set([...':{[(]>|'].map((c) => c.charCodeAt(0)));

/** True when the match starting at `at` ends its first line, before the value at `value`, by opening a section. */
function opensSection(region: Buffer, at: number, value: number): boolean {
  const nl = region.subarray(at, value).indexOf(10);
  if (nl < 0) return false;
  let i = at + nl;
  while (i > at && (region[i - 1] === 32 || region[i - 1] === 9 || region[i - 1] === 13)) i--;
  return OPENERS.has(region[i - 1]);
}

/** Bytes [start, end) of the line holding byte `i`, its line break included. */
function lineAround(region: Buffer, i: number): [number, number] {
  const start = region.lastIndexOf(10, i - 1) + 1;
  const br = region.indexOf(10, i);
  return [start, br < 0 ? region.length : br + 1];
}

/** Bytes after the last key's line that a later key of its section is looked for in. */
const LATER_KEYS_REACH = 4096;

/** The region from `at` on (to LATER_KEYS_REACH past the last cut) with the `cuts` (sorted, region offsets) taken out, and the way back to region offsets. */
function without(region: Buffer, at: number, cuts: Array<[number, number]>): { text: Buffer; toRegion: (p: number) => number } {
  const pieces: Buffer[] = [];
  let pos = at;
  for (const [s, e] of cuts) {
    pieces.push(region.subarray(pos, s));
    pos = e;
  }
  // The section's later keys sit a few lines below its last one: a bounded tail keeps a big file's copies small.
  pieces.push(region.subarray(pos, Math.min(region.length, pos + LATER_KEYS_REACH)));
  const toRegion = (p: number) => {
    let r = at + p;
    for (const [s, e] of cuts) if (r >= s) r += e - s;
    return r;
  };
  return { text: Buffer.concat(pieces), toRegion };
}

const isWord = (b: number | undefined) => b !== undefined && ((b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 95);

/** RE2's \b at byte `i`: a word character on exactly one side. */
export function isWordBoundary(bytes: Buffer, i: number): boolean {
  return isWord(i > 0 ? bytes[i - 1] : undefined) !== isWord(bytes[i]);
}
