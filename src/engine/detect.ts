/**
 * The engine: bytes in, findings out, no I/O. Prefilter → RE2 → secret group → filters → findings
 * with line and column computed from byte offsets.
 */
import type { CompiledRule } from './compiled-rule';
import { checksumValid } from './checksum';
import type { Finding } from './finding';
import type { Fragment } from './fragment';
import { LineMap, lineAround } from './lines';
import type { RuleSet } from './ruleset';
import type { Sifted } from './prefilter';
import type { SeenSpans } from './context';
import { rejectReason, universalRejectReason } from './filters';
import { detectGeneric, type Explanation } from './generic';
import { onMinifiedLine } from './minified';
import type { Severity } from '../rules/types';
import { rulePriority } from './rule-facts';

/** A regex match that survived the filters, before positions are computed. */
export interface Candidate {
  rule: CompiledRule;
  /** Byte offsets of the secret within the fragment. */
  start: number;
  end: number;
  secret: string;
  /** A severity the match itself sets (a weak password), instead of the rule's. */
  severity?: Severity;
}

/** Counts of candidates dropped, by the filter that dropped them. */
export type DropCounts = Record<string, number>;

/**
 * Runs every candidate rule over the fragment and returns its findings. `seen` collects the span of
 * every match, kept or not, for masking context lines (engine/context.ts).
 */
export function detect(fragment: Fragment, ruleSet: RuleSet, dropped?: DropCounts, sifted = ruleSet.sift(fragment.bytes, fragment.path), seen?: SeenSpans, explain?: Explanation[]): Finding[] {
  const candidates: Candidate[] = [];
  const extractors: CompiledRule[] = [];
  for (const rule of sifted.rules) {
    if (rule.pathRegex && !rule.pathRegex.test(fragment.path)) continue;
    if (rule.def.extractor) {
      extractors.push(rule);
      continue;
    }
    const positions = confirmedHits(rule, fragment.bytes, sifted, ruleSet);
    if (positions?.length === 0) continue;
    for (const [start, end] of regionsFor(rule, fragment.bytes, sifted, ruleSet, positions)) collectMatches(fragment, rule, ruleSet, candidates, start, end, dropped, seen);
  }
  if (extractors.length > 0) collectGeneric(fragment, extractors, sifted, ruleSet, candidates, dropped, seen, explain ?? ruleSet.options.explain);
  return toFindings(fragment, resolveOverlaps(candidates));
}

/** The generic extractor over the lines holding its rules' keywords; the universal filters still apply. */
function collectGeneric(fragment: Fragment, rules: CompiledRule[], sifted: Sifted, ruleSet: RuleSet, out: Candidate[], dropped?: DropCounts, seen?: SeenSpans, explain?: Explanation[]): void {
  const ids = new Set(rules.flatMap((r) => ruleSet.prefilter.ruleKeywords.get(r) ?? []));
  const positions = [...ids].flatMap((id) => sifted.hits.get(id) ?? []);
  for (const hit of detectGeneric(fragment, rules, positions, seen, explain)) {
    const after = hit.end < fragment.bytes.length ? String.fromCharCode(fragment.bytes[hit.end]) : '';
    const reason = universalRejectReason({ secret: hit.secret, match: hit.secret, after, rule: hit.rule, ruleSet, fragment });
    if (reason) {
      if (dropped) dropped[reason] = (dropped[reason] ?? 0) + 1;
      continue;
    }
    out.push(hit);
  }
}

/**
 * The keyword positions of a rule whose following bytes fit the start of its secret (engine/confirm.ts),
 * ascending; undefined when none of its keywords can be checked that way (every hit counts).
 */
function confirmedHits(rule: CompiledRule, bytes: Buffer, sifted: Sifted, ruleSet: RuleSet): number[] | undefined {
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
    const len = Buffer.byteLength(keywords[id], 'latin1');
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
    const nl = bytes.lastIndexOf(10, p);
    const eol = bytes.indexOf(10, p);
    if (local) {
      if (nl >= start) start = nl + 1;
      if (eol >= 0 && eol < end) end = eol;
    } else {
      const before = start === 0 ? -1 : bytes.lastIndexOf(10, start);
      if (start > 0 && before >= start - LINE_REACH) start = before + 1;
      const after = bytes.indexOf(10, end);
      end = after >= 0 && after <= end + LINE_REACH ? after : end;
    }
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

function collectMatches(fragment: Fragment, rule: CompiledRule, ruleSet: RuleSet, out: Candidate[], from: number, to: number, dropped?: DropCounts, seen?: SeenSpans): void {
  const re = rule.regex;
  if (!re) return;
  const bytes = fragment.bytes;
  const region = from === 0 && to === bytes.length ? bytes : bytes.subarray(from, to);
  re.lastIndex = 0;
  for (;;) {
    const m = re.exec(region) as (RegExpExecArray & { indices?: Array<[number, number] | undefined> }) | null;
    if (!m) break;
    if (m[0].length === 0) re.lastIndex++;
    if (rule.leadingBoundary && !isWordBoundary(bytes, from + m.index)) {
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
    const reason = rule.def.generic && onMinifiedLine(bytes, start) ? 'minified-line' : rejectReason({ secret, match: (m[0] as unknown as Buffer).toString('utf8'), after, rule, ruleSet, fragment });
    if (reason) {
      if (dropped) dropped[reason] = (dropped[reason] ?? 0) + 1;
      continue;
    }
    out.push({ rule, start, end, secret });
  }
}

/** Most candidates kept per need: enough for a credentials file with a few profiles, bounded for hostile input. */
const MAX_NEED_CANDIDATES = 5;

/**
 * Values a verify or revoke spec needs, searched near the secret: the nearest match of each need, and
 * for a need with several distinct matches every one of them, nearest first (an AWS secret key next
 * to several access key ids may belong to any of them).
 */
function findNeeds(bytes: Buffer, start: number, end: number, needs: CompiledRule['needs']): Pick<Finding, 'needs' | 'needCandidates'> {
  const out: Pick<Finding, 'needs' | 'needCandidates'> = { needs: {} };
  for (const n of needs) {
    const from = Math.max(0, start - n.within);
    const region = bytes.subarray(from, Math.min(bytes.length, end + n.within));
    n.re.lastIndex = 0;
    const found = new Map<string, number>();
    for (let m = n.re.exec(region); m; m = n.re.exec(region)) {
      const span = (m as unknown as { indices: Array<[number, number] | undefined> }).indices[1];
      if (!span) continue;
      const value = region.toString('utf8', span[0], span[1]);
      const distance = Math.abs(from + span[0] - start);
      if (!found.has(value) || distance < found.get(value)!) found.set(value, distance);
    }
    const ranked = [...found].sort((a, b) => a[1] - b[1]).map(([v]) => v);
    if (ranked.length > 0) out.needs![n.name] = ranked[0];
    if (ranked.length > 1) (out.needCandidates ??= {})[n.name] = ranked.slice(0, MAX_NEED_CANDIDATES);
  }
  return out;
}

const isWord = (b: number | undefined) => b !== undefined && ((b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 95);

/** RE2's \b at byte `i`: a word character on exactly one side. */
export function isWordBoundary(bytes: Buffer, i: number): boolean {
  return isWord(i > 0 ? bytes[i - 1] : undefined) !== isWord(bytes[i]);
}

/** A rule's precedence on contested bytes (engine/rule-facts.ts). */
export function priorityOf(c: Candidate): number {
  return rulePriority(c.rule.def);
}

/**
 * On overlapping bytes the rule with the higher priority wins (a provider's format over a general
 * format like JWT, any specific rule over a generic one); rules of equal priority are all reported,
 * except generic ones on the very same bytes, which are reported once.
 */
export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const seenGeneric = new Set<string>();
  const levels = priorityLevels(candidates);
  const kept = candidates.filter((c) => {
    const p = priorityOf(c);
    if (levels.some((level) => level.priority > p && level.overlaps(c.start, c.end))) return false;
    if (!c.rule.def.generic) return true;
    const key = `${c.start}:${c.end}`;
    if (seenGeneric.has(key)) return false;
    seenGeneric.add(key);
    return true;
  });
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The candidates of one priority, answering "does any of them overlap [start, end)?" in O(log n). */
interface PriorityLevel {
  priority: number;
  overlaps(start: number, end: number): boolean;
}

/**
 * Candidates grouped by priority, each group sorted by start with a running maximum of ends: a file
 * dense with matches (hundreds of thousands of assignments) must not cost a comparison per pair.
 */
function priorityLevels(candidates: Candidate[]): PriorityLevel[] {
  const groups = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const p = priorityOf(c);
    const g = groups.get(p);
    if (g) g.push(c);
    else groups.set(p, [c]);
  }
  if (groups.size < 2) return [];
  return [...groups].map(([priority, group]) => {
    const sorted = [...group].sort((a, b) => a.start - b.start);
    const starts = sorted.map((c) => c.start);
    const maxEnd: number[] = [];
    for (const [i, c] of sorted.entries()) maxEnd.push(Math.max(c.end, i > 0 ? maxEnd[i - 1] : -Infinity));
    return {
      priority,
      overlaps(start: number, end: number): boolean {
        // Last candidate starting before `end`; any of those overlaps when the furthest end passes `start`.
        let lo = 0;
        let hi = starts.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (starts[mid] < end) lo = mid + 1;
          else hi = mid;
        }
        return lo > 0 && maxEnd[lo - 1] > start;
      },
    };
  });
}

function toFindings(fragment: Fragment, candidates: Candidate[]): Finding[] {
  if (candidates.length === 0) return [];
  const offsets = [...new Set(candidates.flatMap((c) => [c.start, c.end]))].sort((a, b) => a - b);
  const map = new LineMap(fragment.bytes, fragment.startLine);
  const positions = new Map(offsets.map((o) => [o, map.at(o)]));
  return candidates.map((c) => {
    const from = positions.get(c.start)!;
    const to = positions.get(c.end)!;
    const def = c.rule.def;
    const finding: Finding = {
      ruleId: def.id,
      ruleName: def.name,
      provider: c.rule.provider,
      severity: c.severity ?? def.severity,
      path: fragment.path,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      secret: c.secret,
      // Identity and fingerprint are set after the scan, once per distinct secret (engine/identity.ts).
      secretId: '',
      fingerprint: '',
      source: fragment.origin.kind,
      lineText: lineAround(fragment.bytes, c.start, c.end),
      startOffset: fragment.offset + c.start,
      endOffset: fragment.offset + c.end,
    };
    if (def.checksum) finding.checksumValid = checksumValid(def.checksum, c.secret);
    const needs = c.rule.needs;
    if (needs.length > 0) Object.assign(finding, findNeeds(fragment.bytes, c.start, c.end, needs));
    const o = fragment.origin;
    if (o.commit) finding.commit = o.commit;
    if (o.blob) finding.blob = o.blob;
    if (o.author !== undefined) finding.author = o.author;
    if (o.email !== undefined) finding.email = o.email;
    if (o.date) finding.date = o.date;
    return finding;
  });
}
