/**
 * Assembly: the strings code builds out of pieces. Around each trigger (engine/triggers.ts) the
 * literals are read and joined (`"ghp_" + "…"`, Python's implicit concatenation, a PEM key split over
 * many lines, `[…].join('/')`, Rust's concat!) and their escapes undone (\u0067, \x67, \147, &#x67;).
 * Each result is a rewrite: a source span and the virtual text that stands for it. Every byte is read
 * a bounded number of times: triggers inside what was already read are skipped.
 */
import { isQuote, literalAt, nextJoined, readLiteral, work, type Dialect, type Literal } from './literals';
import { KIND } from './triggers';
import { badAllowed, printable, unescapeInto, Virtual, visibleEscapeIn } from './unescape';

/** A source span [start, end) and the virtual text that stands for it. */
export interface Rewrite {
  start: number;
  end: number;
  text: Virtual;
}

/** How far back from a trigger the tokenizer starts (the line's start, when nearer). */
const LOOK_BACK = 2048;
/** Longest run of text around a bare escape (outside any literal), each side. */
const BARE_REACH = 1024;
/** A failed literal longer than this is skipped whole, so a line of unterminated quotes stays linear. */
const SHORT_FAILURE = 64;
/** Most bytes one chain assembles; a longer chain continues as a new one. */
const MAX_CHAIN = 256 * 1024;

/** Every rewrite the triggers of a fragment (packed, see triggersOf) lead to, in source order. */
export function findRewrites(bytes: Buffer, d: Dialect, triggers: Float64Array): Rewrite[] {
  const out: Rewrite[] = [];
  let covered = 0;
  for (const packed of triggers) {
    const at = Math.floor(packed / 8);
    if (at < covered) continue;
    const kind = packed % 8;
    const anchor = plausible(bytes, at, kind, d);
    if (anchor < 0) continue;
    if (kind === KIND.join || kind === KIND.macro) {
      const r = kind === KIND.join ? joinAt(bytes, at, covered, d) : macroAt(bytes, at, d);
      if (r) {
        out.push(r);
        covered = r.end;
      }
      continue;
    }
    const from = Math.max(covered, anchor - LOOK_BACK);
    const nl = bytes.subarray(from, anchor).lastIndexOf(10);
    const start = nl < 0 ? from : from + nl + 1;
    covered = scanLine(bytes, start, at, kind === KIND.escape, d, out);
    work.bytes += Math.max(0, anchor - from) + covered - start;
  }
  return out;
}

/**
 * A cheap look at the bytes around a trigger: is there a junction or an escape here at all? Returns
 * where reading should start from (the quote that closes the first literal of a junction, which may
 * be on an earlier line than an operator), or -1.
 */
function plausible(bytes: Buffer, p: number, kind: number, d: Dialect): number {
  const b = bytes[p];
  if (kind === KIND.plus || kind === KIND.dot || kind === KIND.adjacent) {
    if (isQuote(b)) return nextJoined(bytes, p + 1, d) >= 0 ? p : -1;
    let k = p - 1;
    while (k >= 0 && k > p - 256 && (bytes[k] === 32 || bytes[k] === 9 || bytes[k] === 10 || bytes[k] === 13)) k--;
    return k >= 0 && isQuote(bytes[k]) && nextJoined(bytes, k + 1, d) >= 0 ? k : -1;
  }
  if (kind !== KIND.escape) return p;
  const n = bytes[p + 1];
  let ok: boolean;
  if (b === 0x26) ok = (bytes[p + 2] >= 48 && bytes[p + 2] <= 57) || (bytes[p + 2] | 0x20) === 0x78;
  else if (n === 0x75) ok = bytes[p + 2] === 0x7b || isHex(bytes[p + 2]);
  else if (n === 0x55 || (n | 0x20) === 0x78) ok = isHex(bytes[p + 2]);
  else ok = bytes[p + 2] >= 48 && bytes[p + 2] <= 55 && bytes[p + 3] >= 48 && bytes[p + 3] <= 55;
  return ok ? p : -1;
}

const isHex = (b: number) => (b >= 48 && b <= 57) || ((b | 0x20) >= 97 && (b | 0x20) <= 102);

/**
 * Reads the literals from `from` until past the trigger at `at`, assembling each chain on the way; an
 * escape trigger that no literal covers is a bare escape. Returns where reading stopped.
 */
function scanLine(bytes: Buffer, from: number, at: number, escape: boolean, d: Dialect, out: Rewrite[]): number {
  let i = from;
  while (i <= at) {
    while (i <= at && QUOTE[bytes[i]] === 0) i++;
    if (i > at) break;
    const start = withPrefix(bytes, i, from);
    const lit = readLiteral(bytes, start, d);
    if (typeof lit === 'number') {
      const failed = -lit - 1;
      i = failed - i > SHORT_FAILURE ? failed : i + 1;
      continue;
    }
    const pieces = chainFrom(bytes, lit, d);
    const end = pieces[pieces.length - 1].end;
    const r = assemble(bytes, pieces);
    if (r) out.push(r);
    if (end > at) return end;
    i = end;
  }
  if (!escape) return i;
  const [s, e] = bareRun(bytes, at, from);
  const r = bareEscapes(bytes, s, e);
  if (r) out.push(r);
  return Math.max(i, e);
}

const QUOTE = new Uint8Array(256);
for (const ch of '"\'`') QUOTE[ch.charCodeAt(0)] = 1;
const PREFIX = new Uint8Array(256);
for (const ch of 'rRbBfFuUL8@$#') PREFIX[ch.charCodeAt(0)] = 1;

/** Where the literal whose quote is at `q` starts: at its prefix letters (r"", @"", $'', r#""#), if any. */
function withPrefix(bytes: Buffer, q: number, floor: number): number {
  let k = q;
  while (k > floor && k > q - 4 && PREFIX[bytes[k - 1]] === 1) k--;
  while (k < q && literalAt(bytes, k) !== q - k) k++;
  return k;
}

/** The literals joined to `first`, up to MAX_CHAIN bytes. */
function chainFrom(bytes: Buffer, first: Literal, d: Dialect): Literal[] {
  const pieces = [first];
  let size = first.close - first.open;
  for (let last = first; size < MAX_CHAIN; ) {
    const j = nextJoined(bytes, last.end, d);
    if (j < 0) break;
    const lit = readLiteral(bytes, j, d);
    if (typeof lit === 'number') break;
    pieces.push(lit);
    size += lit.close - lit.open;
    last = lit;
  }
  return pieces;
}

/**
 * The virtual literal for a chain: its first quote, the contents as the language reads them, its last
 * quote. `separator` goes between pieces (a join). Undefined when the result is not text, or cannot
 * hide anything the plain scan misses (see worthScanning).
 */
function assemble(bytes: Buffer, pieces: Literal[], separator?: Literal, span?: [number, number]): Rewrite | undefined {
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (!separator && !mayHide(bytes, pieces)) return undefined;
  const v = new Virtual(last.end - first.start);
  v.maxBad = badAllowed(last.end - first.start);
  const quote = isQuote(bytes[first.open - 1]) ? bytes[first.open - 1] : 34;
  v.push(quote, first.start, first.open);
  for (const [k, p] of pieces.entries()) {
    if (separator && k > 0) unescapeInto(v, bytes, separator.open, separator.close, separator.style, bytes[separator.open - 1]);
    if (k > 0) v.joins.push(v.length);
    unescapeInto(v, bytes, p.open, p.close, p.style, bytes[p.open - 1]);
  }
  v.push(quote, last.close, last.end);
  if (!printable(v) || !(separator || worthScanning(v))) return undefined;
  const [start, end] = span ?? [first.start, last.end];
  return { start, end, text: v };
}

const isToken = (b: number) => b > 0x20 && b < 0x7f;
const BLOCK_MARKERS = ['BEGIN ', 'PuTTY-User-Key-File'];

/** The end of a literal's content reads as a token character (not a space, nor \n, \t or \r). */
function endsInToken(bytes: Buffer, p: Literal): boolean {
  const b = bytes[p.close - 1];
  if (p.close - 2 >= p.open && bytes[p.close - 2] === 92 && p.style === 'c') return b !== 0x6e && b !== 0x74 && b !== 0x72;
  return p.close > p.open && isToken(b);
}

/**
 * worthScanning, guessed from the source before anything is built: an escape of a visible character,
 * two pieces glued token to token, or a key block's marker.
 */
function mayHide(bytes: Buffer, pieces: Literal[]): boolean {
  for (const p of pieces) if (p.style !== 'none' && visibleEscapeIn(bytes, p.open, p.close)) return true;
  for (let k = 1; k < pieces.length; k++) {
    if (endsInToken(bytes, pieces[k - 1]) && pieces[k].close > pieces[k].open && isToken(bytes[pieces[k].open])) return true;
  }
  if (pieces.length < 2) return false;
  const text = bytes.subarray(pieces[0].open, pieces[pieces.length - 1].close);
  return BLOCK_MARKERS.some((m) => text.includes(m));
}

/**
 * Can the virtual text hold a secret the source does not show? When an escape gave a visible
 * character, when a join glues two tokens (`"ghp_" + "…"`; not `"Hello, " + "world"`), or when it
 * holds a key block, whose lines may be split anywhere.
 */
function worthScanning(v: Virtual): boolean {
  if (v.visible > 0) return true;
  if (v.joins.some((j) => isToken(v.bytes[j - 1]) && isToken(v.bytes[j]))) return true;
  if (v.joins.length === 0) return false;
  const text = Buffer.from(v.bytes.buffer, v.bytes.byteOffset, v.length);
  return BLOCK_MARKERS.some((m) => text.includes(m));
}

/** The run of non-space text around a bare escape, from no earlier than `floor` (what was read already). */
function bareRun(bytes: Buffer, at: number, floor: number): [number, number] {
  let s = at;
  while (s > floor && s > at - BARE_REACH && BARE_STOP[bytes[s - 1]] === 0) s--;
  let e = at;
  while (e < bytes.length && e < at + BARE_REACH && BARE_STOP[bytes[e]] === 0) e++;
  return [s, e];
}

const BARE_STOP = new Uint8Array(256);
for (const ch of ' \t\r\n<>"\'`') BARE_STOP[ch.charCodeAt(0)] = 1;

/** Escapes outside any literal (a .properties value, an XML text node), undone in [start, end). */
function bareEscapes(bytes: Buffer, start: number, end: number): Rewrite | undefined {
  if (!visibleEscapeIn(bytes, start, end)) return undefined;
  const v = new Virtual(end - start);
  v.maxBad = badAllowed(end - start);
  unescapeInto(v, bytes, start, end, 'bare');
  if (v.visible === 0 || !printable(v)) return undefined;
  return { start, end, text: v };
}

/** Skips spaces and line breaks. */
function skipSpace(bytes: Buffer, i: number, stop = bytes.length): number {
  while (i < stop && (bytes[i] === 32 || bytes[i] === 9 || bytes[i] === 10 || bytes[i] === 13)) i++;
  return i;
}

/** Literals separated by commas from `i` up to the byte `close` (a bracket); undefined if anything else is there. */
function literalList(bytes: Buffer, i: number, close: number, stop: number, d: Dialect): { pieces: Literal[]; end: number } | undefined {
  const pieces: Literal[] = [];
  for (;;) {
    i = skipSpace(bytes, i, stop);
    if (bytes[i] === close && i < stop) return pieces.length > 0 ? { pieces, end: i } : undefined;
    const lit = literalAt(bytes, i) >= 0 ? readLiteral(bytes, i, d) : -1;
    if (typeof lit === 'number' || lit.end > stop) return undefined;
    pieces.push(lit);
    i = skipSpace(bytes, lit.end, stop);
    if (bytes[i] === 0x2c) i++;
    else if (bytes[i] !== close) return undefined;
  }
}

/** `['a', 'b'].join('/')` with the trigger at `]`: the array's literals joined with the separator. */
function joinAt(bytes: Buffer, at: number, covered: number, d: Dialect): Rewrite | undefined {
  const from = Math.max(covered, at - LOOK_BACK);
  const rel = bytes.subarray(from, at).lastIndexOf(0x5b);
  if (rel < 0) return undefined;
  const list = literalList(bytes, from + rel + 1, 0x5d, at + 1, d);
  const sepAt = at + 7;
  const sep = literalAt(bytes, sepAt) >= 0 ? readLiteral(bytes, sepAt, d) : -1;
  if (!list || list.end !== at || list.pieces.length < 2 || typeof sep === 'number' || bytes[sep.end] !== 0x29) return undefined;
  return assemble(bytes, list.pieces, sep, [from + rel, sep.end + 1]);
}

/** Rust's `concat!("a", "b")` with the trigger at its name. */
function macroAt(bytes: Buffer, at: number, d: Dialect): Rewrite | undefined {
  const list = literalList(bytes, at + 8, 0x29, Math.min(bytes.length, at + MAX_CHAIN), d);
  if (!list || list.pieces.length < 2) return undefined;
  return assemble(bytes, list.pieces, undefined, [at, list.end + 1]);
}
