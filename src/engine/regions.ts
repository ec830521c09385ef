/**
 * Where a rule runs in a fragment: the keyword hits whose following bytes fit its secret, and the
 * windows around them.
 */
import type { CompiledRule } from './compiled-rule';
import type { Sifted } from './prefilter';
import type { RuleSet } from './ruleset';

/**
 * The keyword positions of a rule whose following bytes fit the start of its secret (engine/confirm.ts),
 * ascending; undefined when none of its keywords can be checked that way (every hit counts).
 */
export function confirmedHits(rule: CompiledRule, bytes: Buffer, sifted: Sifted, ruleSet: RuleSet): number[] | undefined {
  const ids = ruleSet.prefilter.ruleKeywords.get(rule);
  if (!ids) return undefined;
  const keywords = ruleSet.prefilter.automaton.keywords;
  let checked = false;
  const out: number[] = [];
  for (const id of ids) {
    const hits = sifted.hits.get(id);
    if (!hits) continue;
    const confirm = rule.confirmFor(keywords[id]);
    if (!confirm) {
      for (const p of hits) out.push(p);
      continue;
    }
    checked = true;
    const len = Buffer.byteLength(keywords[id], 'utf8');
    for (const p of hits) if (confirm(bytes, p, len)) out.push(p);
  }
  if (!checked) return undefined;
  return ids.length > 1 ? out.sort((a, b) => a - b) : out;
}

/** Below this size a fragment is scanned whole by every candidate rule: windows would not pay. */
const WINDOW_MIN_BYTES = 16 * 1024;
/** How far a window may grow to reach a line boundary, so ^, $ and \b see real line edges. */
const LINE_REACH = 2048;

/**
 * The last newline in bytes[from, to), or -1. Searched within the window only: on a 20 MB line without
 * one, an unbounded search from each keyword ran to the line's ends, quadratic in the line's length.
 */
export function lastNewline(bytes: Buffer, from: number, to: number): number {
  if (to <= from) return -1;
  const i = bytes.subarray(from, to).lastIndexOf(10);
  return i < 0 ? -1 : from + i;
}

/** The bounds [start, end) of the line holding byte `at` (its newline excluded). */
export function lineBounds(bytes: Buffer, at: number): [number, number] {
  const nl = bytes.lastIndexOf(10, at);
  const eol = bytes.indexOf(10, at);
  return [nl + 1, eol < 0 ? bytes.length : eol];
}

/** The first newline in bytes[from, to), or -1 (see lastNewline). */
export function nextNewline(bytes: Buffer, from: number, to: number): number {
  if (to <= from) return -1;
  const i = bytes.subarray(from, to).indexOf(10);
  return i < 0 ? -1 : from + i;
}

/**
 * The byte ranges a rule runs on: windows around its keywords when it allows them, else everything.
 * A rule whose matches never cross a line break gets the keyword's own line (cut to the rule's longest
 * match on each side of the keyword in very long lines); others get the span around the keyword,
 * grown to line boundaries. Windows that touch are merged, so a keyword on every line of a file still
 * costs one pass over the lines it occurs on, never one pass over the whole file per occurrence.
 */
export function regionsFor(rule: CompiledRule, bytes: Buffer, sifted: Sifted, ruleSet: RuleSet, confirmed?: number[]): Array<[number, number]> {
  const whole: Array<[number, number]> = [[0, bytes.length]];
  const ids = ruleSet.prefilter.ruleKeywords.get(rule);
  if (bytes.length < WINDOW_MIN_BYTES || ids === undefined) return whole;
  const span = rule.windowSpan;
  if (span === undefined) return whole;
  const positions = confirmed ?? (ids.length === 1 ? (sifted.hits.get(ids[0]) ?? []) : ids.flatMap((id) => sifted.hits.get(id) ?? []).sort((a, b) => a - b));
  const local = rule.lineLocal;
  const out: Array<[number, number]> = [];
  for (const p of positions) {
    const last = out[out.length - 1];
    if (last && p < last[1]) continue;
    let start = Math.max(0, p - span);
    let end = Math.min(bytes.length, p + span);
    if (local) {
      const nl = lastNewline(bytes, start, p + 1);
      if (nl >= 0) start = nl + 1;
      const eol = nextNewline(bytes, p, end);
      if (eol >= 0) end = eol;
    } else {
      const before = start === 0 ? -1 : lastNewline(bytes, Math.max(0, start - LINE_REACH), start + 1);
      if (before >= 0) start = before + 1;
      const after = nextNewline(bytes, end, Math.min(bytes.length, end + LINE_REACH + 1));
      if (after >= 0) end = after;
    }
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}
