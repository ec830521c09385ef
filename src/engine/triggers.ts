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

/** A trigger: where it starts and what it announces. */
export interface Trigger {
  at: number;
  kind: TriggerKind;
}

const KINDS: TriggerKind[] = ['plus', 'dot', 'adjacent', 'escape', 'join', 'macro'];

/**
 * The trigger hits among a fragment's keyword hits (`kinds` maps keyword id to trigger kind), of the
 * kinds a file's dialect reads, ascending, each packed as at × 8 + kind (see unpack): a numeric
 * typed-array sort, and no object for the many triggers that assembly skips.
 */
export function triggersOf(hits: Map<number, number[]>, kinds: ReadonlyMap<number, TriggerKind>, reads: ReadonlySet<TriggerKind>): Float64Array {
  let n = 0;
  for (const [id, kind] of kinds) if (reads.has(kind)) n += hits.get(id)?.length ?? 0;
  const packed = new Float64Array(n);
  if (n === 0) return packed;
  let k = 0;
  for (const [id, kind] of kinds) {
    const at = reads.has(kind) ? hits.get(id) : undefined;
    if (at) for (const p of at) packed[k++] = p * 8 + KINDS.indexOf(kind);
  }
  return packed.sort();
}

/** The position of a packed trigger. */
export const triggerAt = (packed: number): number => Math.floor(packed / 8);

/** A packed trigger. */
export const unpack = (packed: number): Trigger => ({ at: Math.floor(packed / 8), kind: KINDS[packed % 8] });
