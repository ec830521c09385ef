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

/** Spans longer than this are kept apart: few of them fit in a fragment, and each is checked directly. */
const LONG = 4096;

/**
 * Candidate spans (byte offsets within a fragment). Short ones are kept as flat numbers sorted by
 * start, so the spans near an excerpt are found by binary search in a window of LONG bytes before it:
 * a fragment dense with matches (hundreds of thousands) costs O(log n) per finding, not O(n).
 */
export class SeenSpans {
  private readonly flat: number[] = [];
  private readonly long: Array<[number, number]> = [];
  private sorted?: { starts: Float64Array; ends: Float64Array };

  add(start: number, end: number): void {
    if (end <= start) return;
    if (end - start > LONG) this.long.push([start, end]);
    else this.flat.push(start, end);
    this.sorted = undefined;
  }

  private sort(): NonNullable<SeenSpans['sorted']> {
    const n = this.flat.length / 2;
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => this.flat[2 * a] - this.flat[2 * b]);
    const starts = new Float64Array(n);
    const ends = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      starts[k] = this.flat[2 * order[k]];
      ends[k] = this.flat[2 * order[k] + 1];
    }
    return { starts, ends };
  }

  /** Spans overlapping [from, to), clipped to it. */
  within(from: number, to: number): Array<[number, number]> {
    const { starts, ends } = (this.sorted ??= this.sort());
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < from - LONG) lo = mid + 1;
      else hi = mid;
    }
    const out: Array<[number, number]> = [];
    for (let k = lo; k < starts.length && starts[k] < to; k++) {
      if (ends[k] > from) out.push([Math.max(starts[k], from), Math.min(ends[k], to)]);
    }
    for (const [s, e] of this.long) if (s < to && e > from) out.push([Math.max(s, from), Math.min(e, to)]);
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
