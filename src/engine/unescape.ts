/**
 * Literal contents as the language reads them (\n, \", \\, \uXXXX, \u{…}, \xXX, octal, HTML numeric
 * entities), written into a virtual text that remembers, for every byte, the source bytes it came from.
 */
import type { Style } from './literals';

/** Names of the escapes worth reporting as an encoding (plain \n or \" hide nothing). */
export type EscapeKind = 'unicode-escape' | 'hex-escape' | 'octal-escape' | 'html-entity';

const KIND_BITS: Record<EscapeKind, number> = { 'unicode-escape': 1, 'hex-escape': 2, 'octal-escape': 4, 'html-entity': 8 };

/**
 * A virtual text under construction: bytes, the source span [src, srcEnd) of each, which escape
 * produced each (bits of KIND_BITS), and where literals were joined.
 */
export class Virtual {
  bytes: Uint8Array;
  src: Int32Array;
  srcEnd: Int32Array;
  marks: Uint8Array;
  length = 0;
  /** Virtual offsets where a joined literal starts. */
  readonly joins: number[] = [];
  /** Escapes undone, and how many of them gave a visible ASCII character (one a token could hold). */
  readonly kinds = new Set<EscapeKind>();
  visible = 0;
  /** Bytes that are not printable ASCII so far, and how many may be before the text is not worth scanning. */
  bad = 0;
  maxBad = Infinity;

  /** `size`: the bytes expected (escapes only shrink text; a join's separators may add some). */
  constructor(size = 64) {
    const n = Math.max(16, size);
    this.bytes = new Uint8Array(n);
    this.src = new Int32Array(n);
    this.srcEnd = new Int32Array(n);
    this.marks = new Uint8Array(n);
  }

  /** Writes code point `cp`, produced by an escape of `kind` spanning [from, to). */
  escaped(kind: EscapeKind, cp: number, from: number, to: number): void {
    this.kinds.add(kind);
    if (cp > 0x20 && cp < 0x7f) this.visible++;
    const at = this.length;
    this.codePoint(cp, from, to);
    this.marks.fill(KIND_BITS[kind], at, this.length);
  }

  /** The encodings undone in [from, to): 'concat' when it crosses a join, then each escape kind. */
  encodingOf(from: number, to: number): string[] {
    const out: string[] = this.joins.some((j) => j > from && j < to) ? ['concat'] : [];
    let bits = 0;
    for (let k = from; k < to; k++) bits |= this.marks[k];
    for (const [kind, bit] of Object.entries(KIND_BITS)) if (bits & bit) out.push(kind);
    return out;
  }

  push(b: number, from: number, to: number): void {
    if (this.length === this.bytes.length) this.grow();
    if (!((b >= 0x20 && b < 0x7f) || b === 9 || b === 10 || b === 13)) this.bad++;
    this.bytes[this.length] = b;
    this.src[this.length] = from;
    this.srcEnd[this.length++] = to;
  }

  /** Source bytes copied as they are. */
  copy(source: Buffer, from: number, to: number): void {
    for (let k = from; k < to; k++) this.push(source[k], k, k + 1);
  }

  /** A code point, UTF-8 encoded; every byte of it maps to the escape [from, to). */
  codePoint(cp: number, from: number, to: number): void {
    if (cp < 0x80) return this.push(cp, from, to);
    if (cp < 0x800) {
      this.push(0xc0 | (cp >> 6), from, to);
    } else {
      if (cp < 0x10000) this.push(0xe0 | (cp >> 12), from, to);
      else {
        this.push(0xf0 | (cp >> 18), from, to);
        this.push(0x80 | ((cp >> 12) & 0x3f), from, to);
      }
      this.push(0x80 | ((cp >> 6) & 0x3f), from, to);
    }
    this.push(0x80 | (cp & 0x3f), from, to);
  }

  private grow(): void {
    const n = this.bytes.length * 2;
    const bytes = new Uint8Array(n);
    bytes.set(this.bytes);
    const src = new Int32Array(n);
    src.set(this.src);
    const srcEnd = new Int32Array(n);
    srcEnd.set(this.srcEnd);
    const marks = new Uint8Array(n);
    marks.set(this.marks);
    Object.assign(this, { bytes, src, srcEnd, marks });
  }
}

const SIMPLE: Record<number, number> = { 110: 10, 116: 9, 114: 13, 98: 8, 102: 12, 118: 11, 97: 7 };

function hexValue(bytes: Buffer, from: number, n: number): number {
  let v = 0;
  for (let k = from; k < from + n; k++) {
    const b = bytes[k] | 0x20;
    const d = b >= 48 && b <= 57 ? b - 48 : b >= 97 && b <= 102 ? b - 87 : -1;
    if (d < 0 || k >= bytes.length) return -1;
    v = v * 16 + d;
  }
  return v;
}

/** A \u escape at `i` (\uXXXX, a surrogate pair, \u{…}, or \UXXXXXXXX): code point and end, or undefined. */
function unicodeAt(bytes: Buffer, i: number): [number, number] | undefined {
  if (bytes[i + 1] === 0x55) {
    const v = hexValue(bytes, i + 2, 8);
    return v >= 0 && v <= 0x10ffff ? [v, i + 10] : undefined;
  }
  if (bytes[i + 2] === 0x7b) {
    const close = bytes.subarray(i + 3, i + 10).indexOf(0x7d) + i + 3;
    if (close < i + 4) return undefined;
    const v = hexValue(bytes, i + 3, close - i - 3);
    return v >= 0 && v <= 0x10ffff ? [v, close + 1] : undefined;
  }
  const v = hexValue(bytes, i + 2, 4);
  if (v < 0) return undefined;
  if (v >= 0xd800 && v < 0xdc00 && bytes[i + 6] === 92 && bytes[i + 7] === 0x75) {
    const lo = hexValue(bytes, i + 8, 4);
    if (lo >= 0xdc00 && lo < 0xe000) return [0x10000 + ((v - 0xd800) << 10) + (lo - 0xdc00), i + 12];
  }
  return [v >= 0xd800 && v < 0xe000 ? 0xfffd : v, i + 6];
}

/** A backslash escape at `i` in a C-style literal: writes it and returns where it ends. */
function cEscape(out: Virtual, bytes: Buffer, i: number, close: number): number {
  const n = bytes[i + 1];
  if (n === 0x75 || n === 0x55) {
    const u = unicodeAt(bytes, i);
    if (u && u[1] <= close) {
      out.escaped('unicode-escape', u[0], i, u[1]);
      return u[1];
    }
  } else if ((n | 0x20) === 0x78) {
    const v = hexValue(bytes, i + 2, 2);
    if (v >= 0 && i + 4 <= close) {
      out.escaped('hex-escape', v, i, i + 4);
      return i + 4;
    }
  } else if (n >= 48 && n <= 55) {
    let e = i + 1;
    let v = 0;
    while (e < close && e < i + 4 && bytes[e] >= 48 && bytes[e] <= 55 && v * 8 + bytes[e] - 48 < 256) v = v * 8 + bytes[e++] - 48;
    if (e - i > 2) out.escaped('octal-escape', v, i, e);
    else out.push(v, i, e);
    return e;
  } else if (n === 10 || n === 13) {
    return n === 13 && bytes[i + 2] === 10 ? i + 3 : i + 2;
  } else if (SIMPLE[n] !== undefined) {
    out.push(SIMPLE[n], i, i + 2);
    return i + 2;
  } else if (n === 92 || n === 34 || n === 39 || n === 96 || n === 0x2f || n === 0x24 || n === 0x3f || n === 32) {
    out.push(n, i, i + 2);
    return i + 2;
  }
  out.push(92, i, i + 1);
  return i + 1;
}

/** A numeric HTML entity at `i` (&#103; or &#x67;): writes it and returns where it ends, or -1. */
function entity(out: Virtual, bytes: Buffer, i: number, close: number): number {
  const hex = (bytes[i + 2] | 0x20) === 0x78;
  let e = i + (hex ? 3 : 2);
  let v = 0;
  const start = e;
  for (; e < close && e < start + 7; e++) {
    const b = bytes[e] | (hex ? 0x20 : 0);
    const d = b >= 48 && b <= 57 ? b - 48 : hex && b >= 97 && b <= 102 ? b - 87 : -1;
    if (d < 0) break;
    v = v * (hex ? 16 : 10) + d;
  }
  if (e === start || bytes[e] !== 0x3b || v > 0x10ffff || e >= close) return -1;
  out.escaped('html-entity', v >= 0xd800 && v < 0xe000 ? 0xfffd : v, i, e + 1);
  return e + 1;
}

/**
 * Writes the content [open, close) of a literal of `style`, as the language reads it, to `out`.
 * Style 'bare' (text outside any literal, like a .properties value) undoes only code-point escapes.
 * Stops early once `out` holds more than `out.maxBad` bytes that are not printable ASCII.
 */
export function unescapeInto(out: Virtual, bytes: Buffer, open: number, close: number, style: Style | 'bare', quote = 0): void {
  let i = open;
  while (i < close && out.bad <= out.maxBad) {
    const b = bytes[i];
    if (b === 92 && i + 1 < close && (style === 'c' || style === 'bare')) {
      const n = bytes[i + 1] | 0x20;
      i = style === 'c' || n === 0x75 || n === 0x78 ? cEscape(out, bytes, i, close) : (out.push(b, i, i + 1), i + 1);
    } else if (b === 92 && style === 'quote-only' && (bytes[i + 1] === 92 || bytes[i + 1] === quote) && i + 1 < close) {
      out.push(bytes[i + 1], i, i + 2);
      i += 2;
    } else if (b === quote && style === 'verbatim' && bytes[i + 1] === quote) {
      out.push(b, i, i + 2);
      i += 2;
    } else if (b === 0x26 && bytes[i + 1] === 0x23) {
      const e = entity(out, bytes, i, close);
      if (e < 0) out.push(b, i, ++i);
      else i = e;
    } else out.push(b, i, ++i);
  }
}

const visibleCp = (cp: number) => cp > 0x20 && cp < 0x7f;

/** The value of a numeric entity at `i` (&#103; or &#x67;), or -1. */
function entityValue(bytes: Buffer, i: number, close: number): number {
  const hex = (bytes[i + 2] | 0x20) === 0x78;
  const semi = bytes.subarray(i + 2, Math.min(close, i + 11)).indexOf(0x3b) + i + 2;
  if (semi <= i + (hex ? 3 : 2)) return -1;
  const digits = bytes.toString('latin1', i + (hex ? 3 : 2), semi);
  return (hex ? /^[0-9a-f]+$/i : /^[0-9]+$/).test(digits) ? parseInt(digits, hex ? 16 : 10) : -1;
}

/**
 * Is there, in [from, to), a code-point escape or numeric entity that gives a visible ASCII character
 * (one a token could hold)? A cheap look before anything is built: `\u001b[31m` or a regex of
 * surrogates (`\uD83C`) hide nothing.
 */
export function visibleEscapeIn(bytes: Buffer, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const b = bytes[k];
    if (b === 0x26 && bytes[k + 1] === 0x23 && visibleCp(entityValue(bytes, k, to))) return true;
    if (b !== 92) continue;
    const n = bytes[++k];
    if ((n | 0x20) === 0x75 && visibleCp(unicodeAt(bytes, k - 1)?.[0] ?? 0)) return true;
    if ((n | 0x20) === 0x78 && visibleCp(hexValue(bytes, k + 1, 2))) return true;
    if (n >= 48 && n <= 51 && bytes[k + 1] >= 48 && bytes[k + 1] <= 55 && bytes[k + 2] >= 48 && bytes[k + 2] <= 55) {
      if (visibleCp((n - 48) * 64 + (bytes[k + 1] - 48) * 8 + bytes[k + 2] - 48)) return true;
    }
  }
  return false;
}

/** Most bytes that are not printable ASCII in a text of `n` bytes worth scanning (secrets are ASCII). */
export const badAllowed = (n: number) => n / 20;

/** The virtual text is almost all printable ASCII: its share of other bytes stays under 5%. */
export function printable(v: Virtual): boolean {
  return v.length >= 4 && v.bad <= badAllowed(v.length);
}

/**
 * An escaped line break or tab whose letter is at `j` (`\n`, `\r`, `\t` inside a string, the backslash not
 * itself escaped): text after it starts a line of the string, though the byte before is the escape's letter.
 */
export function escapedBreakAt(bytes: Uint8Array, j: number): boolean {
  const c = bytes[j];
  return j >= 1 && bytes[j - 1] === 92 && (c === 110 || c === 114 || c === 116) && bytes[j - 2] !== 92;
}
