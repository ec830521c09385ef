/**
 * One version of a file as a hash per line: what the next version is compared with. A history scan
 * keeps these instead of contents (8 bytes a line against ~40), so it remembers several times more
 * versions in the same memory and no blob outlives its own scan.
 */
import { countNewlines } from '../../util/newlines';

/** A version's lines: `keys[i]` hashes line i (its newline included), which starts at `starts[i]`; `starts` ends with the length. */
export interface LineIndex {
  keys: Float64Array;
  starts: Uint32Array;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
const GOLDEN = 0x9e3779b1 | 0;

/**
 * Two independent 32-bit hashes folded into one exact double (32 + 21 bits): two different lines
 * share a key with odds of 2^-53, so a changed line is not taken for a known one in practice.
 */
const key = (h1: number, h2: number) => (h1 >>> 0) * 2097152 + (h2 >>> 11);

/** Hashes every line of `bytes` (at most 4 GiB: offsets are 32-bit). */
export function indexLines(bytes: Buffer): LineIndex {
  const newlines = countNewlines(bytes);
  const count = bytes.length > 0 && bytes[bytes.length - 1] !== 10 ? newlines + 1 : newlines;
  const keys = new Float64Array(count);
  const starts = new Uint32Array(count + 1);
  hashLines(bytes, keys, starts);
  return { keys, starts };
}

/**
 * The hot loop, a function of its own (as automaton.ts's walk): inside indexLines, V8 compiled the loop
 * while a long file ran (on-stack replacement), before the code after it had any type feedback, and
 * that compiled code bailed out after the loop on later calls, 66 times in a rails-shaped history scan
 * (none since).
 */
function hashLines(bytes: Buffer, keys: Float64Array, starts: Uint32Array): void {
  let h1 = FNV_OFFSET;
  let h2 = 0;
  let line = 0;
  let start = 0;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    h1 = Math.imul(h1 ^ c, FNV_PRIME);
    h2 = Math.imul(h2 + c + 1, GOLDEN);
    if (c === 10) {
      keys[line] = key(h1, h2);
      starts[line++] = start;
      start = i + 1;
      h1 = FNV_OFFSET;
      h2 = 0;
    }
  }
  if (start < n) {
    keys[line] = key(h1, h2);
    starts[line++] = start;
  }
  starts[line] = n;
}

/** True when sorted `keys` holds `k`. */
export function hasKey(keys: Float64Array, k: number): boolean {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = keys[mid];
    if (v === k) return true;
    if (v < k) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
