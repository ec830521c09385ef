/**
 * The engine: bytes in, findings out, no I/O. Prefilter → RE2 → secret group → filters → findings
 * with line and column computed from byte offsets. The stages live beside it: where a rule runs
 * (regions.ts), its matches (matches.ts), overlaps (overlaps.ts) and the values its specs need (needs.ts).
 */
import { forgetMinifiedLine } from './minified';
import type { Candidate, DropCounts } from './candidate';
import { checksumValid } from './checksum';
import type { CompiledRule } from './compiled-rule';
import type { SeenSpans } from './context';
import { universalRejectReason } from './filters';
import type { Finding } from './finding';
import type { Fragment } from './fragment';
import { detectGeneric, type Explanation } from './generic';
import { lineAround, LineMap } from './lines';
import { collectMatches } from './matches';
import { findNeeds } from './needs';
import { resolveOverlaps } from './overlaps';
import type { Sifted } from './prefilter';
import { confirmedHits, regionsFor } from './regions';
import type { RuleSet } from './ruleset';

export type { Candidate, DropCounts } from './candidate';
export { resolveOverlaps } from './overlaps';

/**
 * Runs every candidate rule over the fragment and returns its findings. `seen` collects the span of
 * every match, kept or not, for masking context lines (engine/context.ts).
 */
export function detect(fragment: Fragment, ruleSet: RuleSet, dropped?: DropCounts, sifted = ruleSet.sift(fragment.bytes, fragment.path), seen?: SeenSpans, explain?: Explanation[]): Finding[] {
  forgetMinifiedLine();
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
  return toFindings(
    fragment,
    resolveOverlaps(candidates).filter((c) => !c.allowed),
  );
}

/** The generic extractor over the lines holding its rules' keywords; the universal filters still apply. */
function collectGeneric(fragment: Fragment, rules: CompiledRule[], sifted: Sifted, ruleSet: RuleSet, out: Candidate[], dropped?: DropCounts, seen?: SeenSpans, explain?: Explanation[]): void {
  // The hits (few keywords per fragment) checked against the rules' keywords: building the union of
  // every extractor's keywords for each fragment cost more than the pairs it led to.
  const positions: number[] = [];
  for (const [id, offsets] of sifted.hits) {
    if (!rules.some((r) => ruleSet.prefilter.ruleKeywords.get(r)?.includes(id))) continue;
    for (const p of offsets) positions.push(p);
  }
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
