/**
 * The parts of a new version of a file that an older version did not have: what a history scan must
 * read when the older version was read already. Lines the two share at both ends are cut first (by
 * comparing bytes when the older version's bytes are at hand, else by line keys, line-index.ts); in
 * the middle only lines the older version does not hold are kept (against bytes, a long line is looked
 * for only where the older version's lines were stepped over), with a few lines of context so that
 * rules spanning lines (a key under its section, a `.netrc` entry) still see them, and whole PEM
 * blocks when a changed line sits inside one.
 */
import { hasKey, indexLines, type LineIndex } from './line-index';
import { commonRun, commonSuffix, holdsLine, outOfStep, SHORT_LINE } from './byte-diff';

/** Lines of context kept before and after each changed run. */
const BEFORE = 4;
const AFTER = 1;
/** How far (in lines) a PEM block's edges are looked for around a changed line inside it. */
const PEM_REACH = 200;

/** Start of the line before the one starting at `at` (0 at the top). Buffer.lastIndexOf counts negative offsets from the end, so guard them. */
const lineBefore = (b: Buffer, at: number) => (at >= 2 ? b.lastIndexOf(10, at - 2) + 1 : 0);

/** Bytes a PEM body line (base64, maybe quoted or escaped in code) is made of: /^[A-Za-z0-9+/=\s"',\\n]+$/ read as latin1. */
const PEM_BODY = new Uint8Array(256);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="\',\\\t\v\f\r \u00a0') PEM_BODY[ch.charCodeAt(0)] = 1;

/** True when b[from, to) could be a PEM body line. Tested byte by byte: decoding each region's first line cost more than the search. */
function looksPemBody(b: Buffer, from: number, to: number): boolean {
  if (to - from < PEM_LINE_MIN) return false;
  for (let i = from; i < to; i++) if (PEM_BODY[b[i]] !== 1) return false;
  return true;
}

/**
 * Byte ranges of `child` to scan, given that every line of the version whose line keys are `parent`
 * was scanned: ascending, non-overlapping, each starting at a line start and ending at a line end (or
 * the end of the file). Lines common to both ends are cut first; in the middle, a child line is new
 * unless the parent's middle holds the same line. Empty when child adds nothing (a deletion, a
 * reordering of existing lines).
 */
export function changedRegions(parent: Float64Array, child: Buffer, index: LineIndex): Array<[number, number]> {
  const { keys } = index;
  const n = keys.length;
  const m = parent.length;
  let pre = 0;
  while (pre < n && pre < m && keys[pre] === parent[pre]) pre++;
  let suf = 0;
  while (suf < n - pre && suf < m - pre && keys[n - 1 - suf] === parent[m - 1 - suf]) suf++;
  return withContext(child, newRuns(parent.subarray(pre, m - suf), index, pre, n - suf, 0));
}

/**
 * As changedRegions, from the older version's bytes: the common ends are found with memcmp and only
 * the lines between them are hashed. A version that edits one hunk of a big file costs a comparison
 * of its bytes, not a hash of every line (which was most of a history scan's time).
 */
export function changedRegionsFrom(parent: Buffer, child: Buffer): Array<[number, number]> {
  const n = child.length;
  const m = parent.length;
  // Lines wholly inside the common prefix are shared; the prefix ends after the last newline in it.
  const pre = commonRun(parent, 0, m, child, 0, n);
  if (pre === n && pre === m) return [];
  const head = pre === 0 ? 0 : child.lastIndexOf(10, pre - 1) + 1;
  // The common suffix may not reach into lines the prefix took, in either version.
  const suf = commonSuffix(parent, child, Math.min(n, m) - head);
  let tail = n - suf;
  const lineStart = (b: Buffer, at: number) => at === 0 || b[at - 1] === 10;
  // Past its first byte the suffix is the same text in both, so only its first line needs checking in each.
  if (suf > 0 && !(lineStart(child, tail) && lineStart(parent, m - suf))) {
    const nl = child.indexOf(10, tail);
    tail = nl < 0 ? n : nl + 1;
  } else if (suf === 0) tail = n;
  if (tail <= head) return [];
  const pTail = m - (n - tail);
  const walk = outOfStep(parent, head, pTail, child, head, tail, LINEAR_LOOKUPS);
  if (!walk) {
    const known = indexLines(parent.subarray(head, pTail)).keys;
    const middle = indexLines(child.subarray(head, tail));
    return withContext(child, newRuns(known, middle, 0, middle.keys.length, head));
  }
  const { loose, skipped } = walk;
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < loose.length; i += 2) {
    const s = loose[i];
    const e = loose[i + 1];
    // A short line (`}`, a blank line) recurs anywhere: looked for in the whole middle. A longer one
    // that moved was stepped over where it stood: looked for there only. A new line (most of them) then
    // costs a search of the few lines the walk stepped over, not of the whole middle (which searched a
    // gigabyte for 60,000 new lines of the express-shaped history). A long line repeated elsewhere in
    // the file, kept in step there, is read again: the one difference, and it only costs reading.
    const known = e - s < SHORT_LINE ? holdsLine(parent, head, pTail, child, s, e) : heldIn(parent, skipped, child, s, e);
    if (!known) addRun(runs, s, e);
  }
  return withContext(child, runs);
}

/** True when child[s, e) is a line of one of the parent's `ranges` (flat [start, end] pairs of whole lines). */
function heldIn(parent: Buffer, ranges: number[], child: Buffer, s: number, e: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) if (holdsLine(parent, ranges[i], ranges[i + 1], child, s, e)) return true;
  return false;
}

/** Appends [s, e) to `runs`, joined to the last run when that one ends where it starts. */
function addRun(runs: Array<[number, number]>, s: number, e: number): void {
  const last = runs[runs.length - 1];
  if (last && last[1] === s) last[1] = e;
  else runs.push([s, e]);
}

/**
 * Runs of new lines as byte ranges: lines [from, to) of `index` that `known` does not hold, adjacent
 * ones merged. `base` is where `index`'s bytes start in the file.
 */
function newRuns(known: Float64Array, index: LineIndex, from: number, to: number, base: number): Array<[number, number]> {
  const { keys, starts } = index;
  const runs: Array<[number, number]> = [];
  for (const i of newLines(known, keys, from, to)) addRun(runs, base + starts[i], base + starts[i + 1]);
  return runs;
}

/** How far ahead in the parent a child line is looked for before it is taken out of step. */
const LOOKAHEAD = 64;
/**
 * Out-of-step lines looked up one by one in the parent's middle; past this, the middle is sorted once
 * (keys), or hashed (bytes: a memmem per line costs about what hashing 16 lines' worth of middle does).
 */
const LINEAR_LOOKUPS = 16;

/**
 * Indices in [from, to) of child lines that `known` (the parent's middle) does not hold, ascending.
 * Versions mostly agree line for line between a few hunks, so the two are walked in step first (a line
 * equal to the parent's next, or to one a little further on after lines were deleted, is known); only
 * the lines that fall out of step are looked up in the whole middle, which sorting it for every version
 * cost more than the rest of the comparison.
 */
function newLines(known: Float64Array, keys: Float64Array, from: number, to: number): number[] {
  const outOfStep: number[] = [];
  let j = 0;
  for (let i = from; i < to; i++) {
    const k = keys[i];
    if (j < known.length && known[j] === k) {
      j++;
      continue;
    }
    // A loop, not a search of a subarray: a view per line out of step was the most allocated object of a history scan.
    const stop = Math.min(known.length, j + LOOKAHEAD);
    let at = j;
    while (at < stop && known[at] !== k) at++;
    if (at < stop) j = at + 1;
    else outOfStep.push(i);
  }
  if (outOfStep.length <= LINEAR_LOOKUPS) return outOfStep.filter((i) => known.indexOf(keys[i]) < 0);
  const sorted = known.slice().sort();
  return outOfStep.filter((i) => !hasKey(sorted, keys[i]));
}

/** Each run grown by context lines (and to its PEM block), then merged. */
function withContext(child: Buffer, runs: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [s, e] of runs) {
    let start = s;
    let end = e;
    for (let k = 0; k < BEFORE && start > 0; k++) start = lineBefore(child, start);
    for (let k = 0; k < AFTER && end < child.length; k++) {
      const nl = child.indexOf(10, end);
      end = nl < 0 ? child.length : nl + 1;
    }
    [start, end] = pemBlock(child, start, end);
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** Needles as bytes: a string needle is converted on every search. */
const BEGIN = Buffer.from('-----BEGIN');
const END = Buffer.from('-----END');
const DASHES = Buffer.from('-----');
/** Shortest line taken for a possible PEM body line. */
const PEM_LINE_MIN = 40;
/** Longest first line looked at as a possible PEM body line (they are 64 to 76 characters). */
const PEM_LINE_MAX = 4096;

/**
 * A region that touches a PEM body grows to the block's BEGIN and END lines. Searched in the bytes: a
 * region can be a whole minified bundle, and decoding it to a string per region was most of the diff cost.
 */
function pemBlock(child: Buffer, start: number, end: number): [number, number] {
  const region = child.subarray(start, end);
  const nl = region.indexOf(10);
  const firstLen = nl < 0 ? region.length : nl;
  // Lengths first: decoding each region's first line to test it cost more than the rest of the search.
  const bodyLike = firstLen <= PEM_LINE_MAX && looksPemBody(region, 0, firstLen);
  // A region that names no PEM edge and does not start like a PEM body is not in a block: `-----` alone
  // (markdown rules, comment banners) sent thousands of regions on a walk of 200 lines each way. Both
  // edges start with five dashes: one search rules out most regions.
  if (!bodyLike && (region.indexOf(DASHES) < 0 || (region.indexOf(BEGIN) < 0 && region.indexOf(END) < 0))) return [start, end];
  let s = start;
  for (let k = 0; k < PEM_REACH && s > 0 && !child.subarray(s, Math.min(s + 64, end)).includes(BEGIN); k++) s = lineBefore(child, s);
  let e = end;
  const lastBegin = region.lastIndexOf(BEGIN);
  if (region.lastIndexOf(END) > lastBegin && lastBegin >= 0) return [s, e];
  for (let k = 0; k < PEM_REACH && e < child.length; k++) {
    const next = child.indexOf(10, e);
    const lineEnd = next < 0 ? child.length : next + 1;
    const isEnd = child.subarray(e, lineEnd).includes(END);
    e = lineEnd;
    if (isEnd) break;
  }
  return [s, e];
}
