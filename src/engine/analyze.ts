/**
 * The full engine pass over one fragment: plain detection, then the decoded spans and the strings the
 * code assembles (engine/rescan.ts), then inline suppressions. Pure: bytes in, findings out.
 */
import { detectDecoded } from './decode';
import { detect, type DropCounts } from './detect';
import { onMinifiedLine } from './minified';
import type { Finding } from './finding';
import type { Fragment } from './fragment';
import { NEXT_LINE_MARKER, suppressedInline } from './inline-ignore';
import { markContext, SeenSpans } from './context';
import type { RuleSet } from './ruleset';
import { detectAssembled } from './rescan';

const overlap = (a: Finding, b: Finding) => a.startOffset < b.endOffset && b.startOffset < a.endOffset;

/**
 * Plain and decoded findings on the same bytes. A provider rule that matched the encoded form keeps it
 * (its format is encoded on purpose, like a SAS signature in a URL); a generic rule that matched both
 * the encoded value and the secret inside reports the decoded secret. Between different rules the
 * higher priority keeps the span (a token whose body happens to be base64 is not reported from inside).
 */
function mergeDecoded(plain: Finding[], decoded: Finding[], ruleSet: RuleSet): Finding[] {
  const priority = (f: Finding) => ruleSet.priority(f.ruleId);
  const generic = (f: Finding) => ruleSet.isGeneric(f.ruleId);
  const keptDecoded = decoded.filter((d) => !plain.some((p) => overlap(p, d) && (p.ruleId === d.ruleId ? !generic(p) : priority(p) >= priority(d))));
  const keptPlain = plain.filter((p) => !keptDecoded.some((d) => overlap(p, d) && (d.ruleId === p.ruleId || priority(d) > priority(p))));
  return [...keptPlain, ...keptDecoded];
}

/**
 * Secrets in strings the code assembles (concatenation, escapes): the assembled text is scanned plainly
 * and decoded, like any text. Generic rules stay out of minified bundles here too.
 */
function assembledIn(fragment: Fragment, ruleSet: RuleSet, hits: Map<number, number[]>, seen: SeenSpans): Finding[] {
  const { decode } = ruleSet.options;
  const found = detectAssembled(
    fragment,
    hits,
    ruleSet.prefilter.triggerKinds,
    (f, s) => {
      const sifted = ruleSet.sift(f.bytes, f.path);
      const plain = detect(f, ruleSet, undefined, sifted, s);
      if (sifted.base64Runs.length === 0 && sifted.escapes.length === 0) return plain;
      const decoded = detectDecoded(f, decode, (g) => detect(g, ruleSet), undefined, 0, sifted, s);
      return decoded.length > 0 ? mergeDecoded(plain, decoded, ruleSet) : plain;
    },
    seen,
  );
  if (found.length === 0) return found;
  const generic = new Set(ruleSet.rules.filter((r) => r.def.generic).map((r) => r.id));
  return found.filter((f) => !generic.has(f.ruleId) || !onMinifiedLine(fragment.bytes, f.startOffset - fragment.offset));
}

export function analyze(fragment: Fragment, ruleSet: RuleSet, dropped?: DropCounts): Finding[] {
  const { decode, ignoreMarkers, markInline } = ruleSet.options;
  const sifted = ruleSet.sift(fragment.bytes, fragment.path);
  const seen = new SeenSpans();
  const plain = detect(fragment, ruleSet, dropped, sifted, seen);
  const decoded = decode.depth > 0 ? detectDecoded(fragment, decode, (f) => detect(f, ruleSet, dropped), dropped, 0, sifted, seen) : [];
  const assembled = decode.depth > 0 ? assembledIn(fragment, ruleSet, sifted.hits, seen) : [];
  const extra = assembled.length > 0 ? [...decoded, ...assembled] : decoded;
  const all = extra.length > 0 ? mergeDecoded(plain, extra, ruleSet) : plain;
  markContext(all, fragment.bytes, fragment.offset, seen);
  // One search of the fragment spares a search of each finding's line when no marker is there at all.
  if (ignoreMarkers.length === 0 || all.length === 0 || ![...ignoreMarkers, NEXT_LINE_MARKER].some((m) => fragment.bytes.includes(m))) return all;
  return all.filter((f) => {
    if (!suppressedInline(fragment.bytes, f.startOffset - fragment.offset, ignoreMarkers)) return true;
    if (markInline) return (f.inlineMarker = true);
    if (dropped) dropped.inline = (dropped.inline ?? 0) + 1;
    return false;
  });
}
