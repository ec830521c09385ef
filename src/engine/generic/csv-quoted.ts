/**
 * JSON inside a CSV cell, its quotes doubled as CSV escapes them (`"{""password"":[""v""]}"`, a phishing
 * platform's event export): the pairs of the cell read as the JSON they are.
 */
import { type Pair, pairsOn } from './extract';

/** The pairs of `line` read with each doubled quote as one; offsets are `line`'s own. */
export function doubledQuotePairs(line: Buffer): Pair[] {
  if (line.indexOf('""') < 0) return [];
  const plain = Buffer.alloc(line.length);
  // origin[i]: where the plain line's byte i stands in `line`.
  const origin = new Int32Array(line.length + 1);
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    origin[n] = i;
    plain[n++] = line[i];
    if (line[i] === 34 && line[i + 1] === 34) i++;
  }
  origin[n] = line.length;
  const pairs = pairsOn(plain.subarray(0, n));
  for (const p of pairs) {
    p.start = origin[p.start];
    p.end = origin[p.end - 1] + 1;
  }
  return pairs;
}
