/**
 * Rescanning assembled text: each rewrite (engine/assemble.ts), with the rest of its source line around
 * it, is scanned as a small fragment of its own, so `password = "Kp9#" + "mZ2!…"` still reads as an
 * assignment. A finding inside the virtual text is moved back onto the source bytes it came from: it
 * starts in the piece where the secret starts, and ends where it ends. Only rewritten bytes are
 * scanned (and the line around them), never the whole fragment again.
 */
import { findRewrites, type Rewrite } from './assemble';
import { SeenSpans } from './context';
import type { Finding } from './finding';
import type { Fragment } from './fragment';
import { LineMap, lineAround } from './lines';
import { dialectOf } from './literals';
import { triggersOf, type TriggerKind } from './triggers';

/** Most source bytes of context taken on each side of a rewrite. */
const CONTEXT = 256;

/** The plain detector (and the decoder), passed in to keep this module free of cycles. */
export type Scan = (f: Fragment, seen: SeenSpans) => Finding[];

/** A finding inside a rewrite, with the source span it maps to. */
interface Placed {
  finding: Finding;
  start: number;
  end: number;
  encoding: string[];
}

/** Findings in the strings a fragment assembles or escapes, where the keyword hits show triggers. */
export function detectAssembled(fragment: Fragment, hits: Map<number, number[]>, kinds: ReadonlyMap<number, TriggerKind>, scan: Scan, seen?: SeenSpans): Finding[] {
  const dialect = dialectOf(fragment.path);
  const triggers = triggersOf(fragment.bytes, hits, kinds, dialect.reads);
  if (triggers.length === 0) return [];
  const rewrites = findRewrites(fragment.bytes, dialect, triggers);
  return rewrites.length === 0 ? [] : detectRewritten(fragment, rewrites, scan, seen);
}

/** The start of the context before a rewrite: its line, or the line before when its own holds nothing else. */
function contextStart(bytes: Buffer, start: number): number {
  const floor = Math.max(0, start - CONTEXT);
  const lineStart = (at: number) => floor + bytes.subarray(floor, at).lastIndexOf(10) + 1;
  let ls = lineStart(start);
  let blank = true;
  for (let k = ls; k < start && blank; k++) blank = bytes[k] === 32 || bytes[k] === 9 || bytes[k] === 40;
  // `key =` on the line before, the literal alone (or after an opening parenthesis) on its own line.
  if (blank && ls > floor) ls = lineStart(ls - 1);
  return ls;
}

function contextEnd(bytes: Buffer, end: number): number {
  const ceiling = Math.min(bytes.length, end + CONTEXT);
  const nl = bytes.subarray(end, ceiling).indexOf(10);
  return nl < 0 ? ceiling : end + nl;
}

/** Scans each rewrite with its context and maps what it finds back to the source. */
export function detectRewritten(fragment: Fragment, rewrites: Rewrite[], scan: Scan, seen?: SeenSpans): Finding[] {
  const src = fragment.bytes;
  const placed: Placed[] = [];
  for (const r of rewrites) {
    const cs = contextStart(src, r.start);
    const ce = contextEnd(src, r.end);
    const v = r.text;
    const bytes = Buffer.concat([src.subarray(cs, r.start), Buffer.from(v.bytes.buffer, v.bytes.byteOffset, v.length), src.subarray(r.end, ce)]);
    const local = new SeenSpans();
    const found = scan({ bytes, path: fragment.path, startLine: 1, offset: 0, overlap: 0, origin: fragment.origin }, local);
    const vs = r.start - cs;
    const ve = vs + v.length;
    // Candidates inside the virtual text, kept or not, mask the source bytes they came from in context lines.
    for (const [s, e] of local.within(vs, ve)) seen?.add(v.src[s - vs], v.srcEnd[e - 1 - vs]);
    for (const f of found) {
      if (f.startOffset < vs || f.endOffset > ve || f.endOffset <= f.startOffset) continue;
      const start = v.src[f.startOffset - vs];
      const end = v.srcEnd[f.endOffset - 1 - vs];
      if (end <= fragment.overlap) continue;
      // The same bytes in the source: the plain scan sees them already.
      if (!f.encoding && src.toString('utf8', start, end) === f.secret) continue;
      placed.push({ finding: f, start, end, encoding: [...v.encodingOf(f.startOffset - vs, f.endOffset - vs), ...(f.encoding ?? [])] });
    }
  }
  return place(fragment, placed);
}

/** Positions, context line and encoded text of each placed finding, in the source fragment. */
function place(fragment: Fragment, placed: Placed[]): Finding[] {
  if (placed.length === 0) return [];
  const offsets = [...new Set(placed.flatMap((p) => [p.start, p.end]))].sort((a, b) => a - b);
  const map = new LineMap(fragment.bytes, fragment.startLine);
  const pos = new Map(offsets.map((o) => [o, map.at(o)]));
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const { finding, start, end, encoding } of placed) {
    const key = `${finding.ruleId}\0${start}\0${finding.secret}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const a = pos.get(start)!;
    const b = pos.get(end)!;
    out.push({
      ...finding,
      line: a.line,
      column: a.column,
      endLine: b.line,
      endColumn: b.column,
      startOffset: fragment.offset + start,
      endOffset: fragment.offset + end,
      lineText: lineAround(fragment.bytes, start, end),
      encoding,
      encodedText: fragment.bytes.toString('utf8', start, end),
    });
  }
  return out;
}
