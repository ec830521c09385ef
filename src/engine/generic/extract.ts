/**
 * Key/value pairs on a line, by syntax: runs the patterns of sources.ts that choose.ts picks for the
 * line's keywords (assignments in every common form, XML elements and attributes, `.NET <add key value>`,
 * `define()`, directives, command-line flags, typed declarations, fallbacks, setter calls) and shapes
 * each match into a pair. Only pairs whose key holds a credential word are returned; keys.ts decides
 * what the key really says. RE2 only.
 */
import RE2 from 're2';
import { FIELD_EDGE, fieldEnd, holdsPairs, insideString } from './literal';
import { AMBIGUOUS_CALL, comparison, NOT_A_KEY_NAME, NOT_A_SETTER, NOT_A_SETTER_VERB, notAKey, scoped, spellsOwnName } from './not-a-key';
import { patternsFor } from './choose';
import { AUTH_PAIR, CALL, DIRECTIVES, NAMED, SOURCES, SUBSTITUTION, TUPLE } from './sources';
import { APP_PASSWORD_SHAPE } from './values';
import { escapedBreakAt } from '../unescape';

/** One key/value pair: byte offsets within the line. */
export interface Pair {
  key: string;
  value: string;
  /** Byte offsets of the value within the line. */
  start: number;
  end: number;
  quoted: boolean;
  /** Unquoted, after a spaced `=` or `:`, and followed by more words: an expression or a command, not a literal. */
  expression: boolean;
  /** The pair sits inside a string literal (a connection string's `Password=v;` in code): its bare value is text, not a variable. */
  inString: boolean;
  /** The key is quoted (`"Key": v`), as in JSON. */
  quotedKey: boolean;
  /** The key is a name given as a value (`{"name": "API_TOKEN", "value": v}`), not a key of the syntax. */
  named?: boolean;
  /** The key and value are two cells of a CSV row (`"signing_secret","v"`): only a CSV file is read so (index.ts). */
  cell?: boolean;
}
/**
 * Longest value, in bytes, taken from a pair: SHORT_VALUE for any, MAX_VALUE for one unbroken token (a
 * 684-character shared secret; the judge takes those past 256 characters only under a key that says
 * secret or password). Longer text (a minified line's string) is read no further: reading pairs inside it
 * cost the history scans 40% more extraction.
 */
const SHORT_VALUE = 512;
const MAX_VALUE = 2048;
/** Bytes of one unbroken token: letters, digits and `+/=_.~-`. */
const TOKEN_BYTE = new Uint8Array(256);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_.~-') TOKEN_BYTE[ch.charCodeAt(0)] = 1;

/** True when line[start, end) is one unbroken token, its quotes aside. */
function tokenRun(line: Buffer, start: number, end: number): boolean {
  const s = line[start] === 34 || line[start] === 39 ? start + 1 : start;
  const e = line[end - 1] === 34 || line[end - 1] === 39 ? end - 1 : end;
  for (let i = s; i < e; i++) if (TOKEN_BYTE[line[i]] !== 1) return false;
  return true;
}
/** Four groups of four lower-case letters ending the line (a Google app password as Google shows it). */
const BARE_APP_PASSWORD = new RegExp(`^${APP_PASSWORD_SHAPE}(?=[ \\t]*(?:[\\r#;]|$))`);
/** An array of one double-quoted string: its opening (`[` and the quote) and the string's content. */
const ONE_STRING_ARRAY = /^(\[[ \t]*")((?:[^"\\\n]|\\.)+)"[ \t]*\]/;

let compiled: RE2[] | undefined;

/** A quoted literal joined to more by an operator (`"a" + b`, PHP `'a' . $b`, Lua `..`, VB `&`): the assembly stage reads the whole. */
function joined(line: Buffer, end: number): boolean {
  const after = line.toString('latin1', end, Math.min(line.length, end + 16));
  // A conversion of the literal itself is no join: Rust's `"v".into()`, Java's `"v".getBytes()`.
  if (CONVERSION.test(after)) return false;
  return /^["'`][ \t]*(\+|\.\.?|&)[ \t]*["'`\w$(]/.test(after);
}

/** A method that converts a literal to another form of the same text. */
const CONVERSION = /^["'`]\.(?:into|to_string|to_owned|as_bytes|encode|getBytes|toByteArray|toCharArray|trim|strip)\(/;

/** After the value: more words (not a comment, a separator or a closing bracket) on the same line. */
function moreWords(line: Buffer, end: number): boolean {
  const after = line.toString('latin1', end, Math.min(line.length, end + 64)).replace(/^["'`]/, '');
  // A note in parentheses set off by two blanks (`password: v   (letter dated 2025-12-09)`) is no argument.
  if (/^[ \t]{2,}\(/.test(after)) return false;
  // So is one after a single blank that reads as a sentence (`password: v (key is in the till settings, don't change it)`).
  if (/^[ \t]\((?:[^()\s]+[ \t]+){3,}[^()]*\)/.test(after)) return false;
  const rest = after.trimStart();
  // The next field of a login written on one line (`login: 1495 / hasło: v / masterFid: 149501`).
  if (/^\/[ \t]+[^\s:/]{1,30}:/.test(rest)) return false;
  // An escaped line break (`\n` inside a string) ends the line the value is on.
  return rest.length > 0 && !/^([#;,)\]}<>]|\/\/|--|\/\*|\||&&|\\$|\\[nrt])/.test(rest);
}

/** Drops trailing commas and closing brackets that the value does not open itself (`x[:k]` keeps its `]`). */
function trimClosers(v: string): string {
  const opener: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  let end = v.length;
  for (; end > 0; end--) {
    const c = v[end - 1];
    if (c === ',') continue;
    const o = opener[c];
    if (!o) break;
    const body = v.slice(0, end - 1);
    if (body.split(o).length > body.split(c).length) break; // balanced: the value's own bracket
  }
  return v.slice(0, end);
}

/**
 * The pair whose value spans `start`..`end` of `line` (a pattern's group), its quotes and trailing
 * punctuation taken off; `keyStart` is where its key begins on the line (the line before, for a value
 * given below its name: -1).
 */
/** The rest of a Laravel Sanctum token after its id: `|`, 40 letters and digits, and the checksum newer versions add. */
const SANCTUM_REST = /^\|[A-Za-z0-9]{40}(?:[a-f0-9]{8})?(?![A-Za-z0-9|])/;

/** The first blank or line end at or after `from`. */
function nextBlank(line: Buffer, from: number): number {
  let i = from;
  while (i < line.length && line[i] !== 32 && line[i] !== 9 && line[i] !== 10 && line[i] !== 13) i++;
  return i;
}

export function shape(line: Buffer, key: string, keyStart: number, start: number, end: number): Pair | undefined {
  // Values are unbounded in the patterns (bounded repeats made RE2's automata several times slower)
  // and bounded here: a longer run is not one credential.
  if (end - start > MAX_VALUE || (end - start > SHORT_VALUE && !tokenRun(line, start, end))) return undefined;
  let raw = line.toString('utf8', start, end);
  // A one-string array (`"secret": ["v"]`, as Keycloak exports a component's config) holds its string.
  if (raw === '[') {
    const one = ONE_STRING_ARRAY.exec(line.toString('latin1', start, Math.min(line.length, start + SHORT_VALUE + 8)));
    if (one) return shape(line, key, keyStart, start + one[1].length, start + one[1].length + one[2].length);
  }
  // A value alone in brackets (Go's header dump, `map[X-Api-Key:[v] Accept:[…]]`) is that value.
  if (/^\[[A-Za-z0-9_+/=.-]{16,}\]$/.test(raw)) return shape(line, key, keyStart, start + 1, end - 1);
  // A bare value cut short by a named slot (`UNLEASH_API_TOKEN=default:development.<backend-token-hex>`) is a template.
  if (line[end] === 60 && line[start - 1] !== 34 && line[start - 1] !== 39 && /^<[a-z]+(?:[-_][a-z]+)*>/i.test(line.toString('latin1', end, end + 48))) return undefined;
  // A YAML alias (`DB_PASS: *db-password`) refers to a value given elsewhere in the file.
  if (line[start] === 42 && line[start - 1] === 32 && line[start - 2] === 58 && /^\*[\w.-]+$/.test(raw)) return undefined;
  // A YAML anchor names the node (`password: &db-password "v"`, a compose file's shared value); the value follows it.
  if (line[start] === 38 && /^&[\w.-]+$/.test(raw) && line[end] === 32) {
    let from = end;
    while (line[from] === 32) from++;
    const q = line[from];
    const to = q === 34 || q === 39 ? line.indexOf(q, from + 1) + 1 : nextBlank(line, from);
    if (to > from) return shape(line, key, keyStart, from, to);
  }
  // A Google app password written bare, as Google shows it (`smtppass = abcd efgh ijkl mnop`): all four groups.
  if (line[start - 1] === 32 || line[start - 1] === 9 || line[start - 1] === 61) {
    const app = BARE_APP_PASSWORD.exec(line.toString('latin1', start, Math.min(line.length, start + 24)));
    if (app && end - start === 4) {
      end = start + app[0].length;
      raw = line.toString('utf8', start, end);
    }
  }
  // A Laravel Sanctum token written bare (`KEY=3142|ZJ1b…`, Givebutter's API keys): the id, a pipe and 40 characters.
  if (line[end] === 124 && /^\d{1,10}$/.test(raw)) {
    const rest = SANCTUM_REST.exec(line.toString('latin1', end, Math.min(line.length, end + 50)));
    if (rest) {
      end += rest[0].length;
      raw = line.toString('utf8', start, end);
    }
  }
  // A bare value inside a string ends at an escaped line break (`"text": "pass: v\nplease…"`, a chat export).
  const lineBreak = raw.search(/\\[nrt]/);
  if (lineBreak > 0 && raw[0] !== '"' && raw[0] !== "'") {
    end -= Buffer.byteLength(raw) - Buffer.byteLength(raw.slice(0, lineBreak));
    raw = raw.slice(0, lineBreak);
  }
  const before = start > 0 ? line[start - 1] : 0;
  // A string escaped inside another (`\"v\"` in a notebook's JSON or a shell argument) is quoted too.
  const escaped = before === 34 && line[start - 2] === 92 && line[end] === 92 && line[end + 1] === 34;
  let quoted = ((before === 34 || before === 39 || before === 96) && line[end] === before) || escaped;
  if (/^["'].*["']$/s.test(raw)) {
    raw = raw.slice(1, -1);
    start++;
    end--;
    quoted = true;
  }
  // A bare value that ends a statement or an object keeps its value, not the punctuation.
  const trimmed = quoted ? raw : trimClosers(raw);
  end -= Buffer.byteLength(raw) - Buffer.byteLength(trimmed);
  if (trimmed.length === 0) return undefined;
  const spaced = /\s$/.test(line.toString('latin1', Math.max(0, start - 1), start));
  // A header or field that is a whole string (`-H "X-Api-Key: v" http://…`, a code span in prose) ends with the string: what follows is the command's.
  const wholeString = !quoted && keyStart > 0 && (line[end] === 34 || line[end] === 39 || line[end] === 96) && line[keyStart - 1] === line[end];
  const expression = quoted ? joined(line, end) : spaced && !wholeString && moreWords(line, end);
  let value = trimmed;
  let inString = false;
  // A field of a connection string or a URL's query inside a string literal (the line is walked from its
  // start only for a key that starts a field, and not far into a long line).
  const quotedKey = keyStart > 0 && (line[keyStart - 1] === 34 || line[keyStart - 1] === 39) && line[keyStart + Buffer.byteLength(key)] === line[keyStart - 1];
  // A URL's query parameter (`?key=v&q=x`, `oauth_token=v&oauth_verifier=w`), or an option of a list the key
  // is itself an item of (fstab's `username=u,password=v,domain=d`), in a string or bare: the value ends where
  // the next one starts.
  const inList = keyStart > 0 && line[keyStart - 1] === 44;
  const param = !quoted ? (inList ? /&(?:[\w.-]+=|$)|,[A-Za-z_][\w.-]*=/ : /&(?:[\w.-]+=|$)/).exec(trimmed) : null;
  if (param) {
    value = trimmed.slice(0, param.index);
    end -= Buffer.byteLength(trimmed) - Buffer.byteLength(value);
  }
  if (!quoted && !quotedKey && keyStart > 0 && keyStart < 1024 && FIELD_EDGE[line[keyStart - 1]] === 1 && insideString(line, keyStart)) inString = fieldEnd(line, end);
  return { key, value, start, end, quoted, expression, inString, quotedKey };
}

/** Where a key found at [start, end) begins once an escape before it (`\n`, `\t`, `\r`) is left out. */
function afterEscape(line: Buffer, start: number, end: number): number {
  return end - start > 1 && escapedBreakAt(line, start) ? start + 1 : start;
}

/** Every key/value pair on `line` whose key holds a credential word; `hits` are the keyword offsets in it. */
export function pairsOn(line: Buffer, hits?: number[]): Pair[] {
  compiled ??= SOURCES.map((s) => new RE2(s, 'gd'));
  const out: Pair[] = [];
  const seen = new Set<number>();
  for (const n of hits ? patternsFor(line, hits) : SOURCES.map((_s, i) => i)) {
    const re = compiled[n];
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const idx = (m as unknown as { indices: Array<[number, number] | undefined> }).indices;
      const g = idx.findIndex((span, i) => i >= 2 && span !== undefined);
      if (g < 0 || !idx[1] || (n !== SUBSTITUTION && notAKey(line, idx[1][0])) || scoped(line, idx[1][0], idx[1][1])) continue;
      if (n === 0 && comparison(line, idx[1][0], idx[1][1])) continue;
      // A value holding `=` may hold pairs of its own (`dsn = "host=db password=v"`): read on from inside
      // it, unless it is a template, whose insides are lookups (`{{ lookup('x', 'secret=kv/app') }}`).
      if (holdsPairs(line, idx[g]![0], idx[g]![1])) re.lastIndex = idx[g]![0];
      // A key after an escaped line break inside a string (a chat export's `"text": "user: u\npass: v"`)
      // starts after the escape's letter: `pass`, not `npass`.
      const keyStart = afterEscape(line, idx[1][0], idx[1][1]);
      // The second of a user/password pair is the password, whatever the pair is called (`auth`, `creds`).
      const key = line.toString('utf8', keyStart, idx[1][1]) + (n === AUTH_PAIR ? '.password' : '');
      if (NOT_A_KEY_NAME.test(key) || (n === CALL && (NOT_A_SETTER.test(key) || NOT_A_SETTER_VERB.test(key) || AMBIGUOUS_CALL.test(key)))) continue;
      // A pair of literals names a setting only with a setting's name (`smtp_password`): `("password", hash)` is a test's input and its digest.
      // A pair of literals names a compound key (`('api_key', 'v')`, not `("token", "v")`); a class's constant may be one word (`WMQConstants.PASSWORD`).
      if (n === TUPLE && !/[_.-]/.test(key) && line[idx[1][0] - 1] !== 46) continue;
      const pair = shape(line, key, keyStart, idx[g]![0], idx[g]![1]);
      if (!pair || seen.has(pair.start)) continue;
      if (n === DIRECTIVES && line.indexOf('define') >= 0 && spellsOwnName(key, pair.value)) continue;
      if (n === NAMED) pair.named = true;
      const quote = line[idx[1][0] - 1];
      if (n === TUPLE && (quote === 34 || quote === 39) && line[idx[1][0] - 2] !== 40 && line[idx[1][0] - 2] !== 32 && line[idx[1][0] - 2] !== 9) pair.cell = true;
      seen.add(pair.start);
      out.push(pair);
    }
  }
  return out;
}
