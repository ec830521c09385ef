/**
 * Byte sequences that say "string literals are joined here" or "an escape is written here". The
 * keyword automaton looks for them in the same pass as the rule keywords (they cost nothing per byte,
 * only per occurrence), so assembly (engine/assemble.ts) looks only at the lines that hold them.
 */

/**
 * What a trigger announces: literals joined by `+` or by `.` (PHP, Perl), literals side by side,
 * an escape, a `[…].join(…)`, a `concat!(…)`. A file's dialect (engine/literals.ts) says which it reads.
 */
export type TriggerKind = 'plus' | 'dot' | 'adjacent' | 'escape' | 'join' | 'macro';

/** An operator next to a quote (`"a" + "b"`, `+` at a line's end or start). */
const PLUS = ['" +', "' +", '"+', "'+", '+ "', "+ '", '+"', "+'", '` +', '+ `'];
/** PHP and Perl: `'a' . 'b'`, `'a'.'b'`. */
const DOT = ['" .', "' .", '".', "'.", '. "', ". '", '."', ".'"];
/**
 * Two literals side by side (`"a" "b"`, shell `"a""b"`, `"a"'b'` and `"a"$'b'`), Python's implicit concatenation
 * across lines (a line that ends with a quote), a line continuation after a literal.
 */
const ADJACENT = ['" "', "' '", '""', "''", '"\'', '\'"', '"\n', "'\n", '" \\', "' \\", '"$\''];

/** Escapes of code points (\u, \U, \x, octal) and numeric HTML entities. */
const ESCAPE = ['\\u', '\\x', '\\0', '\\1', '\\2', '\\3', '&#'];

/** All trigger keywords with their kinds. */
export const TRIGGERS: ReadonlyArray<readonly [string, TriggerKind]> = [
  ...PLUS.map((k) => [k, 'plus'] as const),
  ...DOT.map((k) => [k, 'dot'] as const),
  ...ADJACENT.map((k) => [k, 'adjacent'] as const),
  ...ESCAPE.map((k) => [k, 'escape'] as const),
  ['].join(', 'join'],
  ['concat!(', 'macro'],
];

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
 * The trigger hits among a fragment's keyword hits (`kinds` maps keyword id to trigger kind), of the
 * kinds in the mask `reads`, ascending, each packed as at × 8 + kind: a numeric typed-array sort, and
 * no object for the many triggers that assembly skips.
 */
export function triggersOf(hits: Map<number, number[]>, kinds: ReadonlyMap<number, TriggerKind>, reads: number): Float64Array {
  const l = lookup(kinds);
  let n = 0;
  for (const [id, at] of hits) if (id < l.length && l[id] >= 0 && (reads >> l[id]) & 1) n += at.length;
  if (n === 0) return NONE;
  const packed = new Float64Array(n);
  let k = 0;
  for (const [id, at] of hits) {
    const kind = id < l.length ? l[id] : -1;
    if (kind >= 0 && (reads >> kind) & 1) for (const p of at) packed[k++] = p * 8 + kind;
  }
  return packed.sort();
}
