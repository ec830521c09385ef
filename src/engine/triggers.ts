/**
 * Byte sequences that say "string literals are joined here" or "an escape is written here". The
 * keyword automaton looks for the common ones (a `+` next to a quote, escapes) in the same pass as the
 * rule keywords: they cost nothing per byte, only per occurrence. Those only a few languages use
 * (PHP's `.`, literals side by side, Rust's concat!) are searched natively, in those languages' files
 * only, so other files do not pay for their occurrences (`'.'` and `""` are everywhere). Assembly
 * (engine/assemble.ts) looks only at the lines that hold a trigger.
 */

/**
 * What a trigger announces: literals joined by `+` or by `.` (PHP, Perl), literals side by side,
 * an escape, a `[…].join(…)`, a `concat!(…)`. A file's dialect (engine/literals.ts) says which it reads.
 */
export type TriggerKind = 'plus' | 'dot' | 'adjacent' | 'escape' | 'join' | 'macro';

/** An operator next to a quote (`"a" + "b"`, `+` at a line's end or start). */
const PLUS = ['" +', "' +", '"+', "'+", '+ "', "+ '", '+"', "+'"];
/** Escapes of code points (\u, \U, \x, octal) and numeric HTML entities. */
const ESCAPE = ['\\u', '\\x', '\\0', '\\1', '\\2', '\\3', '&#'];

/** The trigger keywords of the automaton, with their kinds. */
export const TRIGGERS: ReadonlyArray<readonly [string, TriggerKind]> = [...PLUS.map((k) => [k, 'plus'] as const), ...ESCAPE.map((k) => [k, 'escape'] as const), ['].join(', 'join']];

/** Triggers searched natively, per kind: PHP and Perl's `'a' . 'b'`, Rust's concat!. */
const NATIVE: Partial<Record<TriggerKind, Buffer[]>> = {
  dot: ['" .', "' .", '".', "'.", '. "', ". '", '."', ".'"].map((k) => Buffer.from(k)),
  macro: [Buffer.from('concat!(')],
};

/**
 * Quotes followed by another literal or the end of their line: two literals side by side (`"a" "b"`,
 * shell `"a""b"`, `"a"'b'`, `"a"$'b'`), Python's implicit concatenation across lines, a continuation.
 */
function adjacentQuotes(bytes: Buffer, out: number[]): void {
  for (const q of [34, 39]) {
    for (let i = bytes.indexOf(q); i >= 0; i = bytes.indexOf(q, i + 1)) {
      let j = i + 1;
      while (j < i + 8 && (bytes[j] === 32 || bytes[j] === 9 || bytes[j] === 13)) j++;
      const b = bytes[j];
      if (b === 34 || b === 39 || b === 10 || b === 92 || (b === 36 && (bytes[j + 1] === 34 || bytes[j + 1] === 39))) out.push(i * 8 + KIND.adjacent);
    }
  }
}

/** Trigger kinds as small numbers (bit positions in a dialect's `reads` mask). */
export const KIND = { plus: 0, dot: 1, adjacent: 2, escape: 3, join: 4, macro: 5 } as const;

/** A mask of trigger kinds. */
export const kindMask = (kinds: TriggerKind[]): number => kinds.reduce((m, k) => m | (1 << KIND[k]), 0);

const lookups = new WeakMap<ReadonlyMap<number, TriggerKind>, Int8Array>();

/** Keyword id → trigger kind number (-1 for rule keywords), built once per prefilter. */
function lookup(kinds: ReadonlyMap<number, TriggerKind>): Int8Array {
  let l = lookups.get(kinds);
  if (!l) {
    l = new Int8Array(Math.max(0, ...kinds.keys()) + 1).fill(-1);
    for (const [id, kind] of kinds) l[id] = KIND[kind];
    lookups.set(kinds, l);
  }
  return l;
}

const NONE = new Float64Array(0);

/**
 * The triggers of a fragment whose kinds are in the mask `reads`: the automaton's among its keyword hits
 * (`kinds` maps keyword id to trigger kind), and the native ones. Ascending, each packed as
 * at × 8 + kind: a numeric typed-array sort, and no object for the many triggers assembly skips.
 */
export function triggersOf(bytes: Buffer, hits: Map<number, number[]>, kinds: ReadonlyMap<number, TriggerKind>, reads: number): Float64Array {
  const l = lookup(kinds);
  // Most files (JavaScript, TypeScript, data) read no native kind: their fragments skip those searches.
  const native: number[] = (reads & NATIVE_READS) === 0 ? NO_NATIVE : nativeTriggers(bytes, reads);
  let n = native.length;
  // Keys and a get, not entries: an entry array per keyword hit list was most of this function's time.
  for (const id of hits.keys()) if (id < l.length && l[id] >= 0 && (reads >> l[id]) & 1) n += hits.get(id)!.length;
  if (n === 0) return NONE;
  const packed = new Float64Array(n);
  packed.set(native);
  let k = native.length;
  for (const id of hits.keys()) {
    const kind = id < l.length ? l[id] : -1;
    if (kind >= 0 && (reads >> kind) & 1) for (const p of hits.get(id)!) packed[k++] = p * 8 + kind;
  }
  return packed.sort();
}

/** The kinds found by a search of their own (not by the automaton). */
const NATIVE_READS = (1 << KIND.dot) | (1 << KIND.macro) | (1 << KIND.adjacent);
const NO_NATIVE: number[] = [];

/** The native triggers of the kinds in `reads`, packed as triggersOf packs them. */
function nativeTriggers(bytes: Buffer, reads: number): number[] {
  const native: number[] = [];
  for (const [kind, patterns] of Object.entries(NATIVE) as Array<[TriggerKind, Buffer[]]>) {
    if (!((reads >> KIND[kind]) & 1)) continue;
    for (const p of patterns) for (let i = bytes.indexOf(p); i >= 0; i = bytes.indexOf(p, i + 1)) native.push(i * 8 + KIND[kind]);
  }
  if ((reads >> KIND.adjacent) & 1) adjacentQuotes(bytes, native);
  return native;
}
