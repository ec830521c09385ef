/**
 * String literals as code writes them: where one starts and ends, which escapes it understands, and
 * which literal it is joined to (`"a" + "b"`, `'a' . 'b'`, `"a" "b"`). A tokenizer of the common
 * denominator of many languages, chosen by file name: it only has to find literals near a trigger
 * (engine/triggers.ts), never to parse a program, and every walk is bounded.
 */

import { PathMemo } from './path-memo';
import { kindMask, type TriggerKind } from './triggers';

/** How a literal's content is read: which escapes it understands. */
export type Style = 'c' | 'raw' | 'verbatim' | 'quote-only' | 'none';

/** What joins literals, and how single quotes and backticks read, in a family of languages. */
export interface Dialect {
  plus: boolean;
  dot: boolean;
  /** Literals side by side, across spaces and lines, are one (Python, C, Ruby). */
  implicit: boolean;
  /** Literals join only when they touch (shell words). */
  touching: boolean;
  single: Style;
  backtick: Style | undefined;
  hashComment: boolean;
  /** The trigger kinds worth following in it (a mask, see triggers.ts). */
  reads: number;
}

const reads = (...kinds: TriggerKind[]) => kindMask(['escape', ...kinds]);
const C_LIKE: Dialect = { plus: true, dot: false, implicit: false, touching: false, single: 'c', backtick: 'c', hashComment: false, reads: reads('plus', 'join') };
const DIALECTS: Record<string, Dialect> = {
  c: C_LIKE,
  rust: { ...C_LIKE, reads: reads('plus', 'macro') },
  // C and C++ join literals side by side: a PEM key kept as one literal per line (`"-----BEGIN …\n"` then
  // `"MIIE…\n"`), as AWS IoT and ESP32 firmware embed a device's key.
  cfamily: { ...C_LIKE, implicit: true, backtick: undefined, reads: reads('plus', 'adjacent') },
  go: { ...C_LIKE, backtick: 'none', reads: reads('plus') },
  python: { ...C_LIKE, implicit: true, backtick: undefined, hashComment: true, reads: reads('plus', 'adjacent') },
  ruby: { ...C_LIKE, implicit: true, single: 'quote-only', backtick: undefined, hashComment: true, reads: reads('plus', 'adjacent') },
  php: { ...C_LIKE, plus: false, dot: true, single: 'quote-only', backtick: undefined, hashComment: true, reads: reads('dot') },
  shell: { plus: false, dot: false, implicit: false, touching: true, single: 'none', backtick: undefined, hashComment: true, reads: reads('adjacent') },
  // Data, prose and the rest: only `+` joins (YAML and JSON put quoted keys under quoted values; prose ends quotes with a period).
  other: { plus: true, dot: false, implicit: false, touching: false, single: 'c', backtick: 'c', hashComment: true, reads: reads('plus', 'join') },
};

// biome-ignore format: a word table, kept as rows
const BY_EXTENSION: Record<string, string> = {
  js: 'c', mjs: 'c', cjs: 'c', jsx: 'c', ts: 'c', mts: 'c', cts: 'c', tsx: 'c', java: 'c', cs: 'c', kt: 'c', kts: 'c',
  swift: 'c', rs: 'rust', scala: 'c', dart: 'c', groovy: 'c', gradle: 'c', vue: 'c', svelte: 'c',
  c: 'cfamily', h: 'cfamily', cc: 'cfamily', cpp: 'cfamily', cxx: 'cfamily', hpp: 'cfamily', m: 'cfamily', mm: 'cfamily',
  go: 'go', py: 'python', pyw: 'python', pyi: 'python', rb: 'ruby', rake: 'ruby', gemspec: 'ruby',
  php: 'php', phtml: 'php', inc: 'php', pl: 'php', pm: 'php',
  sh: 'shell', bash: 'shell', zsh: 'shell', ksh: 'shell', envrc: 'shell', bashrc: 'shell', zshrc: 'shell', profile: 'shell',
};

/** The dialect of a file, from its name. */
export function dialectOf(path: string): Dialect {
  return DIALECT_OF.get(path);
}

/** Remembered per path: a history scan asks for every fragment, and slicing and lower-casing each path cost half a microsecond. */
const DIALECT_OF = new PathMemo(dialectFromName);

function dialectFromName(path: string): Dialect {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const ext = base.slice(base.lastIndexOf('.') + 1);
  if (base === 'gemfile' || base === 'rakefile') return DIALECTS.ruby;
  return DIALECTS[BY_EXTENSION[ext] ?? 'other'];
}

/** A literal: [start, end) in the source, its content [open, close), and how the content reads. */
export interface Literal {
  start: number;
  open: number;
  close: number;
  end: number;
  style: Style;
}

const Q2 = 34;
const Q1 = 39;
const BT = 96;
const BS = 92;
const NL = 10;
/** Longest literal read: a longer one is data, not a hidden token. */
const MAX_LITERAL = 256 * 1024;

const isWord = (b: number) => (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 95;
export const isQuote = (b: number) => b === Q2 || b === Q1 || b === BT;

/** Prefix letters a literal may carry (r"", b'', f"", u8"", L"", @"", $"", $'', r#""#). */
function prefixStyle(bytes: Buffer, i: number, q: number): { style: Style | undefined; hashes: number } {
  let style: Style | undefined;
  let hashes = 0;
  for (let k = i; k < bytes.length && !isQuote(bytes[k]); k++) {
    const b = bytes[k] | 0x20;
    if (b === 0x72 /* r */) style = 'raw';
    else if (bytes[k] === 0x40 /* @ */) style = 'verbatim';
    else if (bytes[k] === 0x23 /* # */) hashes++;
    else if (bytes[k] === 0x24 /* $ */ && q === Q1) style = 'c';
  }
  return { style, hashes };
}

/** Length of the prefix before the quote at or after `i` (0 when `i` is the quote), or -1 when `i` starts no literal. */
export function literalAt(bytes: Buffer, i: number): number {
  if (isQuote(bytes[i])) return 0;
  if (i > 0 && (isWord(bytes[i - 1]) || bytes[i - 1] === 0x40 || bytes[i - 1] === 0x24)) return -1;
  for (let k = i; k < i + 4 && k < bytes.length; k++) {
    const b = bytes[k];
    if (isQuote(b)) return b === BT ? -1 : k - i;
    if (!((b | 0x20) === 0x72 || (b | 0x20) === 0x62 || (b | 0x20) === 0x66 || (b | 0x20) === 0x75 || b === 0x4c || b === 0x38 || b === 0x40 || b === 0x24 || b === 0x23)) return -1;
  }
  return -1;
}

/** Bytes the tokenizer has stepped over, for tests that check it stays linear (a count, never a clock). */
export const work = { bytes: 0 };

/**
 * The literal starting at `i` (a prefix or a quote), or a negative number: -(offset + 1) of where the
 * attempt failed (an unterminated literal), so a caller can tell a short failure from a long one.
 */
export function readLiteral(bytes: Buffer, i: number, d: Dialect): Literal | number {
  const r = literalFrom(bytes, i, d);
  work.bytes += (typeof r === 'number' ? -r - 1 : r.end) - i;
  return r;
}

function literalFrom(bytes: Buffer, i: number, d: Dialect): Literal | number {
  const pre = literalAt(bytes, i);
  if (pre < 0) return -(i + 1);
  const qAt = i + pre;
  const q = bytes[qAt];
  const { style: prefixed, hashes } = pre > 0 ? prefixStyle(bytes, i, q) : { style: undefined, hashes: 0 };
  const style: Style = prefixed ?? (q === Q2 ? 'c' : q === Q1 ? d.single : (d.backtick ?? 'none'));
  if (q === BT && d.backtick === undefined && pre === 0) return -(i + 1);
  const triple = bytes[qAt + 1] === q && bytes[qAt + 2] === q && q !== BT;
  const open = qAt + (triple ? 3 : 1);
  if (triple || q === BT || style === 'verbatim') return closeMultiLine(bytes, i, open, q, triple ? 3 : 1, style);
  const skips = style !== 'none' && !(style === 'raw' && hashes > 0);
  const stop = Math.min(bytes.length, open + MAX_LITERAL);
  for (let k = open; k < stop; k++) {
    const b = bytes[k];
    if (b === BS && skips) {
      if (bytes[k + 1] === NL || (bytes[k + 1] === 13 && bytes[k + 2] === NL)) return -(k + 1);
      k++;
    } else if (b === q && hashesFollow(bytes, k + 1, hashes)) {
      return { start: i, open, close: k, end: k + 1 + hashes, style };
    } else if (b === NL) return -(k + 1);
  }
  return -(stop + 1);
}

function hashesFollow(bytes: Buffer, k: number, n: number): boolean {
  for (let j = 0; j < n; j++) if (bytes[k + j] !== 0x23) return false;
  return true;
}

/** Literals that may span lines: triple quotes, backticks, C# verbatim strings ("" is a quote in them). */
function closeMultiLine(bytes: Buffer, i: number, open: number, q: number, n: number, style: Style): Literal | number {
  const stop = Math.min(bytes.length, open + MAX_LITERAL);
  for (let k = open; k < stop; k++) {
    const b = bytes[k];
    if (b === BS && style !== 'verbatim' && style !== 'none' && style !== 'raw') k++;
    else if (b === q) {
      if (style === 'verbatim' && bytes[k + 1] === q) k++;
      else if (n === 1 || (bytes[k + 1] === q && bytes[k + 2] === q)) return { start: i, open, close: k, end: k + n, style };
    }
  }
  return -(stop + 1);
}

/** Longest gap between two joined literals (spaces, an operator, a comment, line breaks). */
const MAX_GAP = 256;

/** After a literal ending at `i`: where the next literal joined to it starts, or -1. */
export function nextJoined(bytes: Buffer, i: number, d: Dialect): number {
  const j = joinedFrom(bytes, i, d);
  work.bytes += Math.max(j, i + 1) - i;
  return j;
}

function joinedFrom(bytes: Buffer, i: number, d: Dialect): number {
  if (d.touching) return literalAt(bytes, i) >= 0 ? i : -1;
  let op = false;
  let j = i;
  const stop = Math.min(bytes.length, i + MAX_GAP);
  while (j < stop) {
    const b = bytes[j];
    if (b === 32 || b === 9 || b === 13 || b === NL) j++;
    else if (b === BS && (bytes[j + 1] === NL || bytes[j + 1] === 13)) j += 2;
    else if ((b === 0x2f && bytes[j + 1] === 0x2f) || (b === 0x23 && d.hashComment)) {
      const eol = bytes.subarray(j, stop).indexOf(NL);
      if (eol < 0) return -1;
      j += eol + 1;
    } else if (!op && ((b === 0x2b && d.plus) || (b === 0x2e && d.dot)) && bytes[j + 1] !== b && bytes[j + 1] !== 0x3d) {
      op = true;
      j++;
    } else break;
  }
  if (j >= stop || (!op && !d.implicit)) return -1;
  return literalAt(bytes, j) >= 0 ? j : -1;
}
