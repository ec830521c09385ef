/**
 * Generic detection that reads the syntax: on every line where a credential word occurs, the key/value
 * pairs are extracted (extract.ts) and each is judged by its key, its value and its file (score.ts).
 * The rules that run this way (`extractor: assignment` in the rule files) say which key class they
 * report: `password` or `secret`. Lines are read once however many keywords they hold.
 */
import type { CompiledRule } from '../compiled-rule';
import type { Severity } from '../../rules/types';
import type { SeenSpans } from '../context';
import type { Fragment } from '../fragment';
import { onMinifiedLine } from '../minified';
import { LineMap } from '../lines';
import { lineBounds } from '../regions';
import { fileContext } from './context';
import { pairAfterCall, pairBelow } from './below';
import { WORDISH } from './choose';
import { type ColumnPair, columnPairs, headerLine, MARKDOWN_FILE, markdownTablePairs } from './columns';
import { SQL_FILE, sqlColumnPairs } from './sql-columns';
import { type Pair, pairsOn } from './extract';
import { doubledQuotePairs } from './csv-quoted';
import { judgeKey, keyQualifierIn } from './keys';
import { HTML_FILE, htmlTablePairs, SPREADSHEET_FILE, spreadsheetPairs } from './html-tables';
import { parentKey, sectionOf, siblingEndpoint } from './parent';
import { mappingChildPairs } from './mapping-children';
import { decide } from './score';
import { repeatsUserName } from './dev-default';
import { calledTestVector } from './test-vector';
import { byName, hasSecretHalf, type KeyAt } from './key-halves';

/** A reported pair, as a candidate for the engine (byte offsets within the fragment). */
export interface GenericHit {
  rule: CompiledRule;
  start: number;
  end: number;
  secret: string;
  severity?: Severity;
}

/** One decision, for --explain. */
export interface Explanation {
  path: string;
  /** Byte offset of the value within its file, and its line. */
  offset: number;
  line: number;
  ruleId?: string;
  key: string;
  reported: boolean;
  score: number;
  reasons: string[];
}

const BARE_KEY = /^key$/i;
/** A connection string's password field just before a value: `;Password=`, `;Pwd=`. */
const CONNECTION_FIELD = /;[ \t]*(?:password|pwd)[ \t]*=$/i;
/** The word `hashed` before a key and its `=` or `:` (`api_key hashed token=…`). */
const HASHED_BEFORE = /\bhashed[ \t]+[\w.-]{0,24}(?:token|key|secret|password)[ \t]*[=:][ \t]*["']?$/i;
/** Parameters of a key-derivation function (scrypt's, PBKDF2's, Argon2's) named before a salt. */
const KDF_PARAMS = /["']?(?:dklen|kdfparams|kdf|memlimit|opslimit|iterations|hashIterations)["']?\s*[:=]/i;
/** A YAML mapping's `key:` (or a list item's) opening its line. */
const MAPPING_KEY = /^[ \t]*(?:-[ \t]+)?key[ \t]*:/i;

/**
 * A hit on a word ending in `key` where it cannot name a credential. A bare `key` is mostly code's own
 * variable (`for key in d`, `key=lambda x: …`, `cache[key]`), and reading those lines cost a scan of
 * Python code an eighth more time: kept are a URL's or a connection string's `?key=`, `&key=`, `;key=`,
 * a quoted `"key"`, a path's last `/Key=` (TIBCO's `tibco.clientVar.Connections/FraudAPI/Key`; not a closing `</key>`), and a mapping's `key:` opening its line (named by its parent, `jwt:`). A longer word
 * (`foreign_key`, `adminKey`) is skipped when a short value follows it (shortValue): Rails' sources are
 * full of `foreign_key:` and `primary_key`, and reading them cost a history scan 6%.
 */
function idleKeyHit(bytes: Buffer, p: number): boolean {
  if ((bytes[p] | 32) !== 107 || (bytes[p + 1] | 32) !== 101 || (bytes[p + 2] | 32) !== 121 || WORDISH[bytes[p + 3]] === 1) return false;
  if (WORDISH[bytes[p - 1]] === 1) return shortValue(bytes, p + 3);
  const before = bytes[p - 1];
  if (before === 63 || before === 38 || before === 59 || before === 34 || before === 39 || (before === 47 && bytes[p - 2] !== 60)) return false;
  let i = p - 1;
  while (i >= 0 && (bytes[i] === 32 || bytes[i] === 9 || bytes[i] === 45)) i--;
  if (i >= 0 && bytes[i] !== 10) return !closesQuotedName(bytes, p + 3);
  let j = p + 3;
  while (bytes[j] === 32 || bytes[j] === 9) j++;
  // An INI or TOML `key = "…"` under a section (`[engines.azure]`) is read when a long token follows.
  return bytes[j] !== 58 && !(bytes[j] === 61 && bytes[j + 1] !== 61 && longValue(bytes, j + 1));
}

/** At `j` (after `key`): an optional qualifier in brackets, then the quote closing a name and its `,` or `:` (`"API key (prod)", "value": …`). */
function closesQuotedName(bytes: Buffer, j: number): boolean {
  if (bytes[j] === 32 && bytes[j + 1] === 40) {
    const close = bytes.subarray(j + 2, j + 17).indexOf(41);
    if (close < 0) return false;
    j = j + 2 + close + 1;
  }
  return (bytes[j] === 34 || bytes[j] === 39) && (bytes[j + 1] === 44 || bytes[j + 1] === 58);
}

/** At `i`, after spaces and an opening quote: a run of 16 or more token characters (a key, not `cache_key(x)`). */
function longValue(bytes: Buffer, i: number): boolean {
  while (bytes[i] === 32 || bytes[i] === 9) i++;
  if (bytes[i] === 34 || bytes[i] === 39) i++;
  let run = 0;
  while (run < 16 && TOKEN_CHAR[bytes[i + run]] === 1) run++;
  return run === 16;
}

/** Characters of a value's run: a token's, and the symbols of a password (`Gateway!Site2023` under `wifiKey`). */
const TOKEN_CHAR = new Uint8Array(256);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_.~-!@#$%^&*?') TOKEN_CHAR[ch.charCodeAt(0)] = 1;

/**
 * After a key that ends in `key` (at `i`, past the word): a separator, then a value too short to be a
 * key (`foreign_key: :user_id`, `primary_key = "id"`, `cache_key = "#{…}"`). A value below the line, a
 * call (`Buffer.from(`), or no separator at all (`<add key="AdminKey" value=…>`) is left for the extractor to read.
 */
function shortValue(bytes: Buffer, i: number): boolean {
  if (bytes[i] === 34 || bytes[i] === 39 || bytes[i] === 96 || bytes[i] === 93) i++;
  while (bytes[i] === 32 || bytes[i] === 9) i++;
  const c = bytes[i];
  if (c !== 61 && c !== 58 && !(c === 63 && bytes[i + 1] === 61)) return false;
  i += c === 63 || bytes[i + 1] === 62 ? 2 : 1;
  // A quote escaped inside a string (`KEY = \"v\"`, a notebook cell's source) opens the value as a bare one does.
  // Go's header dump wraps each value in brackets (`map[X-Api-Key:[v]]`), as a one-item list does.
  while (bytes[i] === 32 || bytes[i] === 9 || bytes[i] === 34 || bytes[i] === 39 || bytes[i] === 96 || bytes[i] === 91 || (bytes[i] === 92 && (bytes[i + 1] === 34 || bytes[i + 1] === 39))) i++;
  if (i >= bytes.length || bytes[i] === 10 || bytes[i] === 13 || bytes[i] === 40) return false;
  let run = 0;
  while (run < 12 && TOKEN_CHAR[bytes[i + run]] === 1) run++;
  // A typed constant (`const LIVE_KEY: &str = "…"`, `apiKey: string = '…'`): the value follows its type's `=`.
  if (c === 58 && run < 12) {
    const eq = typeEquals(bytes, i);
    if (eq >= 0) return shortValue(bytes, eq);
  }
  // A call that passes a literal through (`Buffer.from('…')`) is the extractor's to read.
  return run < 12 && bytes[i + run] !== 40;
}

/** Where the `=` after a type annotation (`&'static str`, `string`, `Option<&str>`) stands, within 40 bytes, or -1. */
function typeEquals(bytes: Buffer, i: number): number {
  for (let j = i; j < i + 40 && j < bytes.length; j++) {
    const b = bytes[j];
    if (b === 10 || b === 34 || b === 59 || b === 44) return -1;
    if (b === 61) return bytes[j - 1] === 32 && bytes[j + 1] !== 61 && bytes[j + 1] !== 62 ? j : -1;
  }
  return -1;
}

/** The lines holding `positions`, each once, with the keyword offsets on it (a long line's in windows of their own). */
function hitLines(bytes: Buffer, positions: number[]): Array<{ ls: number; le: number; hits: number[] }> {
  const sorted = [...positions].sort((a, b) => a - b);
  const out: Array<{ ls: number; le: number; hits: number[] }> = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p < last.le && (last.le - last.ls <= 64 * 1024 || p - last.hits[0] < 2048)) {
      last.hits.push(p);
      continue;
    }
    // Another window on the same long line keeps its bounds: finding them again would be quadratic.
    const [ls, le] = last && p < last.le ? [last.ls, last.le] : lineBounds(bytes, p);
    out.push({ ls, le, hits: [p] });
  }
  return out;
}

/** Files of comma- or tab-separated values. */
const CSV = /\.(?:csv|tsv)$/i;
/** A line of a Python session or doctest: its prompt, or the prompt continuing a statement. */
const DOCTEST = /^[ \t]*(?:>>>|\.\.\.)[ \t]/;

/** What judging one pair needs: the fragment, its file's context, and where results go. */
interface Scope {
  fragment: Fragment;
  ctx: ReturnType<typeof fileContext>;
  byClass: Map<string, CompiledRule>;
  out: GenericHit[];
  seen?: SeenSpans;
  explain?: Explanation[];
  lineMap?: LineMap;
  /** Every judged pair's key, and each reported hit's (by index), for the key/secret halves check. */
  judged: KeyAt[];
  hitKeys: Array<KeyAt | undefined>;
}

/** A user name, account or network named earlier on a password's line. */
const USER_BEFORE = /\b(?:user(?:name)?|login|account|ssid|wi-?fi|hotspot)\b/i;

/** A value with letters and digits and no space: typed as a password, not written as a note. */
const TYPED = /^(?=[^ ]*[0-9])(?=[^ ]*[A-Za-z])[^ ]+$/;

/** Judges one pair found on the line [ls, le) and records the decision; `table`: a table row's cell (CSV, SQL, Markdown, HTML), whose neighbours are other records. */
function judgePair(s: Scope, pair: Pair, ls: number, le: number, longLine: boolean, table = false): void {
  const { start, end } = pair;
  const bytes = s.fragment.bytes;
  if (end <= s.fragment.overlap) return;
  // Two quoted cells make a pair in a CSV file; in code they are an array of strings (`["tokens", ".tern-config"]`).
  if (pair.cell && !CSV.test(s.fragment.path)) return;
  // A name given as a value must name a credential outright (`DB_PASSWORD`, not `taint-key-1`), or end in
  // `key` (`OPENWEATHER_KEY`), whose value must then be shaped like a token (values.ts, looseVeto).
  const named = pair.named ? judgeKey(pair.key) : undefined;
  if (named && named.strength < 3 && !(named.loose && /key$/i.test(pair.key))) return;
  // A bare `key` is named by the mapping that holds it (`"Jwt": { "Key": … }`).
  const bare = BARE_KEY.test(pair.key);
  const parent = bare ? parentKey(bytes, ls) : undefined;
  let qualifier = parent && keyQualifierIn(parent);
  // An INI or TOML section names the service a bare `key = …` belongs to (`[engines.azure]`): a loose key,
  // whose value must then be shaped like a token.
  if (bare && !qualifier && !parent && !pair.quotedKey) qualifier = sectionOf(bytes, ls)?.toLowerCase();
  // A bare "key" of a mapping (JSON's quoted one, YAML's `key:` opening its line) names a credential only
  // under a mapping that says which (most are not: `labels:`, `Cache:`), or beside a service's https
  // endpoint, whose key it is (Azure's `{ "Endpoint", "Key" }`); looked for only then, as it reads lines around.
  // A name/value object's name (`{"key": "Key", "value": …}`, a Postman header) says outright that it names the value.
  if (bare && !qualifier && !pair.named && (pair.quotedKey || MAPPING_KEY.test(bytes.toString('latin1', ls, Math.min(le, ls + 64))))) {
    if (!siblingEndpoint(bytes, ls)) return;
    qualifier = 'service';
  }
  let key = qualifier ? `${qualifier}.${pair.key}` : pair.key;
  // A bare `pass` or `pw` after a user name on its line (`user: ops  pass: v`, a login pasted in a chat) is
  // that login's password, not a test that passes.
  if (/^(?:pass|pw)$/i.test(key) && USER_BEFORE.test(bytes.toString('latin1', ls, start))) key = `user ${key}`;
  // git's user.signingkey names the GPG key by its id (`0xD2F3941D255BA6A3!`); gpg keeps the key itself.
  if (/^signingkey$/i.test(pair.key) && /^(?:0x)?[0-9a-f]{8,40}!?$/i.test(pair.value)) return;
  // A JCL statement's DSN= names a data set (`//IN DD DSN=CLM.PROD.EXTRACT`), not a connection string.
  if (bytes[ls] === 47 && bytes[ls + 1] === 47 && /^dsn$/i.test(pair.key)) return;
  // A log's `hashed token=…` (LiteLLM's proxy logs the SHA-256 of each key it checks) names a digest, not the key.
  if (HASHED_BEFORE.test(bytes.toString('latin1', Math.max(ls, start - 64), start))) return;
  // A key-derivation function's salt beside its parameters (a wallet keystore's `"kdf": {… "dklen": 32, "salt": …}`)
  // is stored in the clear by design, beside the ciphertext it helps decrypt.
  if (/salt$/i.test(pair.key) && KDF_PARAMS.test(bytes.toString('latin1', Math.max(0, start - 256), start))) return;
  // A connection string's `;Password=v;` field (an SSIS package's <ConfiguredValue>) holds text, not a variable.
  const field = !pair.quoted && bytes[end] === 59 && CONNECTION_FIELD.test(bytes.toString('latin1', Math.max(ls, start - 16), start));
  // A table's row is a record (a runbook's logins table), not prose: the docs file's doubt does not hold for
  // it, and a cell that mixes letters and digits (`Rydex#Tern77`, not `KeePass` or `calvin`) is what a person
  // sets as a password rather than a note about where one is.
  const ctx = table && s.ctx.kind === 'docs' ? { ...s.ctx, score: TYPED.test(pair.value) ? 1 : 0 } : s.ctx;
  const d = decide(key, pair.value, pair.quoted, ctx, longLine, pair.expression, pair.inString || field);
  // A weak password typed at a Python prompt (a doctest's `>>> conn = connect(…)`) is an example.
  if (d.report && d.severity && DOCTEST.test(bytes.toString('latin1', ls, Math.min(le, ls + 16)))) {
    d.report = false;
    d.reasons.push('a weak value at a doctest prompt');
  }
  if (d.report && calledTestVector(bytes, ls, le)) {
    d.report = false;
    d.reasons.push('a published test vector');
  }
  if (d.report && d.kind === 'password' && repeatsUserName(bytes, start, end, pair.value)) {
    d.report = false;
    d.reasons.push('the user name again (a local default)');
  }
  const rule = s.byClass.get(d.kind);
  if (d.score > 0 || d.report) s.seen?.add(start, end);
  s.explain?.push({
    path: s.fragment.path,
    offset: s.fragment.offset + start,
    // The line's start, not the value's: windows on one long line overlap, and a LineMap only goes forward.
    line: s.lineMap!.at(ls).line,
    ruleId: rule?.id,
    key,
    reported: d.report && !!rule,
    score: d.score,
    reasons: d.reasons,
  });
  const at = { key, start, length: pair.value.length, line: ls };
  if (!table) s.judged.push(at);
  if (d.report && rule) {
    s.out.push({ rule, start, end, secret: pair.value, severity: d.severity });
    s.hitKeys.push(table ? undefined : at);
  }
}

/** The pairs of the keyword-bearing lines: each line's pairs by syntax, and the pair a line opens below it. */
function linePairs(s: Scope, bytes: Buffer, positions: number[]): void {
  for (const { ls, le, hits } of hitLines(
    bytes,
    positions.filter((p) => !idleKeyHit(bytes, p)),
  )) {
    // Very long lines are read in a window around the keyword: a 20 MB line must not be parsed whole.
    const long = le - ls > 64 * 1024;
    const from = long ? Math.max(ls, hits[0] - 2048) : ls;
    const to = long ? Math.min(le, hits[0] + 4096) : le;
    const longLine = onMinifiedLine(bytes, ls);
    const inWindow = hits.filter((h) => h >= from && h < to).map((h) => h - from);
    const pairs = pairsOn(bytes.subarray(from, to), inWindow);
    for (const p of pairs) {
      p.start += from;
      p.end += from;
    }
    // A CSV cell's JSON, its quotes doubled: read again as plain JSON, keeping values not read already.
    if (!long && CSV.test(s.fragment.path))
      pairs.push(
        ...doubledQuotePairs(bytes.subarray(from, to))
          .filter((d) => !pairs.some((p) => p.start === d.start + from))
          .map((d) => ({ ...d, start: d.start + from, end: d.end + from })),
      );
    const next = long ? undefined : pairBelow(bytes, ls, le);
    if (next) pairs.push(next);
    const wrapped = long || pairs.length ? undefined : pairAfterCall(bytes, ls, le);
    if (wrapped) pairs.push(wrapped);
    for (const pair of pairs) judgePair(s, pair, ls, le, longLine);
  }
}

/**
 * Runs the extractor rules over the lines holding `positions` (keyword offsets, ascending or not).
 * `explain` collects every decision; `seen` every value judged, for masking context lines.
 */
export function detectGeneric(fragment: Fragment, rules: CompiledRule[], positions: number[], seen?: SeenSpans, explain?: Explanation[]): GenericHit[] {
  const bytes = fragment.bytes;
  const s: Scope = {
    fragment,
    ctx: fileContext(fragment.path),
    byClass: new Map(rules.map((r) => [r.def.keyClass ?? 'secret', r])),
    out: [],
    seen,
    explain,
    lineMap: explain ? new LineMap(bytes, fragment.startLine) : undefined,
    judged: [],
    hitKeys: [],
  };
  linePairs(s, bytes, positions);
  // The entries of a mapping named for credentials (`api_keys:` then `client_a: v`): their names say nothing.
  if (positions.length > 0) tablePairs(s, mappingChildPairs(bytes, positions));
  // A CSV file's header names the columns of every row below it: a keyword in the header line reads them.
  if (fragment.offset === 0 && CSV.test(fragment.path)) {
    const [headerStart, headerEnd] = headerLine(bytes);
    // A name-and-value table (`Name,Type,Value`, an RPA tool's assets) has its keyword in a row's name, not the header.
    if (headerEnd > headerStart && positions.length > 0) tablePairs(s, columnPairs(bytes, headerStart, headerEnd));
  }
  // A Markdown table's header names the cells below it, as a CSV file's does.
  if (MARKDOWN_FILE.test(fragment.path) && positions.length > 0) tablePairs(s, markdownTablePairs(bytes, positions));
  // An HTML table's header cells name the cells below them (a wiki export's page of logins).
  if (HTML_FILE.test(fragment.path) && positions.length > 0) tablePairs(s, htmlTablePairs(bytes, positions));
  else if (SPREADSHEET_FILE.test(fragment.path) && positions.length > 0) tablePairs(s, spreadsheetPairs(bytes, positions));
  // A SQL file's column names are the keys of the values its INSERT and COPY statements give them.
  if (SQL_FILE.test(fragment.path) && positions.length > 0) tablePairs(s, sqlColumnPairs(bytes));
  // A key beside its secret half (`API_KEY` and `API_SECRET`) names the pair; the secret is the credential.
  const named = s.out.length > 0 ? byName(s.judged) : undefined;
  for (const [i, hit] of s.out.entries()) {
    const at = s.hitKeys[i];
    if (!at || !hasSecretHalf(at, named!)) continue;
    hit.severity = 'info';
    s.explain?.find((e) => e.offset === fragment.offset + hit.start)?.reasons.push('info: the key beside its secret half names the pair');
  }
  return s.out;
}

/** Judges pairs read from a table's rows, skipping values the lines' own pairs already judged. */
function tablePairs(s: Scope, pairs: ColumnPair[]): void {
  if (pairs.length === 0) return;
  const taken = new Set(s.out.map((h) => h.start));
  // Rows are read from the top again, and a LineMap only goes forward.
  if (s.explain) s.lineMap = new LineMap(s.fragment.bytes, s.fragment.startLine);
  for (const pair of pairs) if (!taken.has(pair.start)) judgePair(s, pair, pair.ls, pair.le, false, true);
}
