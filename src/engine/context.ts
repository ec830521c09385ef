/**
 * What the redactor needs to mask a finding's context line: where, within the excerpt, every candidate
 * the engine saw on that line lies (reported, filtered, allowlisted or suppressed later, it makes no
 * difference: another finding's line must not show it), and whether the excerpt cuts the line, so
 * that a secret cut in two at an edge (no longer recognisable) is masked too.
 */
import type { Finding } from './finding';
import { excerptAround, utf16Length } from './lines';

/** Past this many candidates in one excerpt the whole excerpt is masked: nothing readable is left anyway. */
const MAX_MASKS = 64;

/** Candidate spans (byte offsets within a fragment) sorted by start, with a running maximum of ends. */
export class SeenSpans {
  private readonly spans: Array<[number, number]> = [];
  private index?: { starts: number[]; maxEnd: number[] };

  add(start: number, end: number): void {
    if (end > start) this.spans.push([start, end]);
    this.index = undefined;
  }

  /** Spans overlapping [from, to), clipped to it. */
  within(from: number, to: number): Array<[number, number]> {
    if (!this.index) {
      this.spans.sort((a, b) => a[0] - b[0]);
      const maxEnd: number[] = [];
      for (const [i, s] of this.spans.entries()) maxEnd.push(Math.max(s[1], i > 0 ? maxEnd[i - 1] : -Infinity));
      this.index = { starts: this.spans.map((s) => s[0]), maxEnd };
    }
    const { starts, maxEnd } = this.index;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < to) lo = mid + 1;
      else hi = mid;
    }
    const out: Array<[number, number]> = [];
    for (let i = lo - 1; i >= 0 && maxEnd[i] > from; i--) {
      const [s, e] = this.spans[i];
      if (e > from) out.push([Math.max(s, from), Math.min(e, to)]);
    }
    return out;
  }
}

/** Sets lineMasks (UTF-16 offsets within lineText) and lineCut on each finding of a fragment. */
export function markContext(findings: Finding[], bytes: Buffer, fragmentOffset: number, seen: SeenSpans): void {
  for (const f of findings) {
    if (!f.lineText) continue;
    const e = excerptAround(bytes, f.startOffset - fragmentOffset, f.endOffset - fragmentOffset);
    const spans = seen.within(e.from, e.to);
    const at = (b: number) => utf16Length(bytes, e.from, b);
    f.lineMasks = spans.length > MAX_MASKS ? [[0, f.lineText.length]] : spans.map(([s, t]) => [at(s), at(t)]);
    const cut = e.from > e.lineStart ? (e.to < e.lineEnd ? 'both' : 'start') : e.to < e.lineEnd ? 'end' : undefined;
    if (cut) f.lineCut = cut;
  }
}
