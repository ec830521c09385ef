/**
 * Comparisons of two versions of a file by their bytes, for changed-regions.ts: memcmp and memmem do
 * the work, so lines the versions share cost a native compare instead of a hash per byte in JavaScript.
 */

/** Bytes compared per memcmp call when the first one finds no difference; doubled after each, up to MAX_SPAN. */
const FIRST_SPAN = 256;
/**
 * The largest span one memcmp call compares. Unbounded doubling compared a long common run about three
 * times over (the spans up to the difference, the span holding it, and the binary search in that span).
 */
const MAX_SPAN = 16 * 1024;
/**
 * How far ahead (bytes) in the older version a line is looked for before it is taken out of step. Most
 * lines looked for are new ones, found nowhere, so each costs a search of this many bytes; a deletion
 * longer than it is still found, by hashing the middle once lines fall out of step. 4 KiB took 5.50 s
 * on the big-files history and 6.53 s on the rails-shaped one, 1 KiB 5.11 s and 6.39 s, 512 bytes about
 * the same, 256 bytes 5.83 s (more middles hashed); the findings were the same throughout.
 */
const LOOKAHEAD = 1024;

/** Length of the common prefix of a[aFrom, aTo) and b[bFrom, bTo). */
export function commonRun(a: Buffer, aFrom: number, aTo: number, b: Buffer, bFrom: number, bTo: number): number {
  return sameFor(a, aFrom, b, bFrom, 1, Math.min(aTo - aFrom, bTo - bFrom));
}

/** Length of the common suffix of `a` and `b`, at most `limit`. */
export function commonSuffix(a: Buffer, b: Buffer, limit: number): number {
  return sameFor(a, a.length, b, b.length, -1, limit);
}

/** Bytes compared one at a time, at the start and at the end of a search: fewer than a native call costs. */
const BYTEWISE = 64;

/**
 * How many bytes, at most `limit`, `a` and `b` share going from `aAt` and `bAt`: forwards (`dir` 1,
 * from those offsets) or backwards (`dir` -1, from the bytes before them). A run shorter than BYTEWISE
 * (the usual case right after a changed line) is settled byte by byte; longer ones by memcmp over
 * doubling spans, then a binary search in the span that differs, down to BYTEWISE bytes looked at one
 * by one. Plain loops, no callbacks: with V8's inlining budget lowered (bin/tokenguard.js), callbacks
 * per byte stopped being inlined and the big-files history took 9% longer.
 */
function sameFor(a: Buffer, aAt: number, b: Buffer, bAt: number, dir: 1 | -1, limit: number): number {
  // Byte i of the run is a[aAt + i] forwards, a[aAt - 1 - i] backwards; bytes [from, to) of the run
  // are a[aAt + from, aAt + to) forwards and a[aAt - to, aAt - from) backwards.
  const aByte = dir === 1 ? aAt : aAt - 1;
  const bByte = dir === 1 ? bAt : bAt - 1;
  const quick = Math.min(limit, BYTEWISE);
  let done = 0;
  while (done < quick && a[aByte + dir * done] === b[bByte + dir * done]) done++;
  if (done < quick) return done;
  for (let span = FIRST_SPAN; done < limit; span = Math.min(MAX_SPAN, span * 2)) {
    const next = Math.min(limit, done + span);
    if (!same(a, aAt, b, bAt, dir, done, next)) {
      let lo = done;
      let hi = next;
      while (hi - lo > BYTEWISE) {
        const mid = (lo + hi) >>> 1;
        if (same(a, aAt, b, bAt, dir, lo, mid)) lo = mid;
        else hi = mid;
      }
      while (lo < hi && a[aByte + dir * lo] === b[bByte + dir * lo]) lo++;
      return lo;
    }
    done = next;
  }
  return limit;
}

/** True when bytes [from, to) of the run sameFor walks are the same in `a` and `b` (a function, not a closure per call: 40 MB of them on the rails-shaped history). */
function same(a: Buffer, aAt: number, b: Buffer, bAt: number, dir: 1 | -1, from: number, to: number): boolean {
  return dir === 1 ? a.compare(b, bAt + from, bAt + to, aAt + from, aAt + to) === 0 : a.compare(b, bAt - to, bAt - from, aAt - to, aAt - from) === 0;
}

const NEWLINE = Buffer.from('\n');

/** The end of the line of `b` starting at `at`: after its newline, or `to`. */
const lineEnd = (b: Buffer, at: number, to: number) => {
  const nl = b.indexOf(10, at);
  return nl < 0 || nl >= to ? to : nl + 1;
};

/** True when child[s, e) (a whole line) is a line of parent[from, to), `from` being a line start. */
export function holdsLine(parent: Buffer, from: number, to: number, child: Buffer, s: number, e: number): boolean {
  const len = e - s;
  if (to - from < len) return false;
  if (child[e - 1] !== 10) {
    // A last line without a newline can only be the older version's last line, also without one.
    const at = to - len;
    return to === parent.length && parent.compare(child, s, e, at, to) === 0 && (at === from || parent[at - 1] === 10);
  }
  return findLine(parent, from, to, child, s, e) >= 0;
}

/** Where in parent[from, to) the line child[s, e) (ending in a newline) starts, `from` being a line start; -1 when it is not there. */
function findLine(parent: Buffer, from: number, to: number, child: Buffer, s: number, e: number): number {
  const len = e - s;
  if (to - from < len) return -1;
  if (parent.compare(child, s, e, from, from + len) === 0) return from;
  return lineAfter(parent, from, to, child, s, e);
}

/** As findLine, for a line known not to be the one at `from`: where it starts further on, or -1. */
function lineAfter(parent: Buffer, from: number, to: number, child: Buffer, s: number, e: number): number {
  if (to - from < e - s) return -1;
  if (to - from <= SMALL_WINDOW) return walkLines(parent, from, to, child, s, e);
  const needle = s > 0 ? child.subarray(s - 1, e) : Buffer.concat([NEWLINE, child.subarray(s, e)]);
  const at = parent.subarray(from, to).indexOf(needle);
  return at < 0 ? -1 : from + at + 1;
}

/**
 * Windows up to this many bytes (a few lines: most of what a walk stepped over) are searched line by line:
 * a search by memmem needs two views made for it, which cost more than a few newline lookups.
 */
const SMALL_WINDOW = 256;

/** findLine over a small window, line by line after the first (which findLine compared already). */
function walkLines(parent: Buffer, from: number, to: number, child: Buffer, s: number, e: number): number {
  const len = e - s;
  const first = child[s];
  for (let at = parent.indexOf(10, from) + 1; at > 0 && at + len <= to; at = parent.indexOf(10, at) + 1) {
    if (parent[at] === first && parent[at + len - 1] === 10 && parent.compare(child, s, e, at, at + len) === 0) return at;
  }
  return -1;
}

/** Lines shorter than this (`}`, a blank line) recur all over a file: they are matched ahead only with the line after them. */
export const SHORT_LINE = 16;

/** The outcome of walking two versions in step (outOfStep). */
export interface StepWalk {
  /** Child lines that do not line up with the parent, as flat [start, end] pairs. */
  loose: number[];
  /** Parent lines the walk stepped over (deleted, or moved away), as flat [start, end] pairs. */
  skipped: number[];
}

/**
 * Lines of child[cFrom, cTo) that do not line up with parent[pFrom, pTo) (both ranges start at line
 * starts): runs the two share are skipped with memcmp, and a line found a little further on in the
 * parent skips the parent's lines before it (they were deleted, or moved). Undefined once there are
 * more than `limit` (short lines count a quarter: looking them up stops early): then hashing every line
 * costs less than looking each one up.
 */
export function outOfStep(parent: Buffer, pFrom: number, pTo: number, child: Buffer, cFrom: number, cTo: number, limit: number): StepWalk | undefined {
  const loose: number[] = [];
  const skipped: number[] = [];
  let weight = 0;
  let c = cFrom;
  let p = pFrom;
  while (c < cTo) {
    const same = commonRun(child, c, cTo, parent, p, pTo);
    // Whole lines inside the shared run are the same lines in both (they start together).
    const nl = same > 0 ? child.lastIndexOf(10, c + same - 1) : -1;
    if (nl >= c) {
      p += nl + 1 - c;
      c = nl + 1;
      if (c >= cTo) break;
    }
    const e = lineEnd(child, c, cTo);
    const at = resync(parent, p, pTo, child, c, e, cTo);
    if (at >= 0) {
      if (at > p) skipped.push(p, at);
      p = at + (e - c);
    } else {
      loose.push(c, e);
      weight += e - c < SHORT_LINE ? 0.25 : 1;
      if (weight > limit) return undefined;
    }
    c = e;
  }
  if (p < pTo) skipped.push(p, pTo);
  return { loose, skipped };
}

/** Where child's line [c, e) resumes the parent a little ahead of `p`, or -1 (see SHORT_LINE). */
function resync(parent: Buffer, p: number, pTo: number, child: Buffer, c: number, e: number, cTo: number): number {
  if (child[e - 1] !== 10) return -1;
  // The walk stopped inside this line, so it is not the parent's line at `p`: one memcmp fewer per new line.
  const at = lineAfter(parent, p, Math.min(pTo, p + LOOKAHEAD), child, c, e);
  if (at < 0 || e - c >= SHORT_LINE) return at;
  const next = lineEnd(child, e, cTo);
  const from = at + (e - c);
  const to = from + (next - e);
  return next > e && to <= pTo && parent.compare(child, e, next, from, to) === 0 ? at : -1;
}
