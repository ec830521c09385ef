/**
 * Values of a SQL dump or seed file under a column that names a credential: `INSERT INTO t (…, secret)
 * VALUES (…, 'v')`, mysqldump's `INSERT INTO \`t\` VALUES (…)` under its `CREATE TABLE`, and pg_dump's
 * `COPY t (…, api_token) FROM stdin;` rows, and a settings table's name and value cells side by side.
 * The column (or the name) is the key of each value; the value's judgement is the extractor's as for
 * any pair.
 */
import RE2 from 're2';
import type { ColumnPair } from './columns';
import { judgeKey } from './keys';

/** Files read as SQL. */
export const SQL_FILE = /\.(?:sql|psql|pgsql|mysql)$/i;

const NAME = '(?:`[^`\\n]+`|"[^"\\n]+"|\\[[^\\]\\n]+\\]|[\\w$]+)';
const TABLE = `(${NAME}(?:\\.${NAME})*)`;
let patterns: { create: RE2; insert: RE2; copy: RE2 } | undefined;

/** A table or column name without its quotes or schema (`public."Users"` → `users`). */
function bare(name: string): string {
  const last = name.trim().split('.').pop() ?? '';
  return last.replace(/^[`"[]|[`"\]]$/g, '').toLowerCase();
}

/** Column names of a CREATE TABLE body: the first name of each definition that is not a constraint. */
function definedColumns(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= body.length; i++) {
    const c = body[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if ((c === ',' && depth === 0) || i === body.length) {
      const m = /^\s*(`[^`]+`|"[^"]+"|\[[^\]]+\]|[\w$]+)/.exec(body.slice(start, i));
      if (m && !/^(?:primary|key|unique|constraint|index|foreign|check|fulltext|spatial|exclude)$/i.test(m[1])) out.push(bare(m[1]));
      start = i + 1;
    }
  }
  return out;
}

/** Where the `)` closing the `(` before `from` is, quotes skipped; -1 when it is not found. */
function closing(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      // To the quote that ends the literal: `''` and `\'` are quotes inside it.
      i++;
      while (i < text.length && !(text[i] === "'" && text[i + 1] !== "'")) i += text[i] === '\\' || text[i] === "'" ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The quoted cells of one VALUES tuple starting after its `(`: [column index, start, end) of each literal's content. */
function tupleCells(text: string, from: number, to: number): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  let col = 0;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === "'") {
      let j = i + 1;
      while (j < to && !(text[j] === "'" && text[j + 1] !== "'")) j += text[j] === '\\' || text[j] === "'" ? 2 : 1;
      if (depth === 0) out.push([col, i + 1, j]);
      i = j;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) col++;
  }
  return out;
}

/**
 * A bare `key`, `token`, `secret` or `value` column of a table that names credentials (TestRail's
 * `user_api_keys` (…, `key`, …), `access_tokens.token`): the table is the key of its values.
 */
function tableKeyed(column: string, table: string): string | undefined {
  return /^(?:key|token|secret|value)$/.test(column) && judgeKey(table).strength >= 3 ? table : undefined;
}

/** The pairs of every INSERT statement's tuples under credential columns. */
function insertPairs(text: string, tables: Map<string, string[]>, out: Array<[string, number, number, boolean]>): void {
  const insert = patterns!.insert;
  insert.lastIndex = 0;
  for (let m = insert.exec(text); m; m = insert.exec(text)) {
    const named = m[2] !== undefined ? m[2].split(',').map(bare) : tables.get(bare(m[1]));
    const table = bare(m[1]);
    const columns = named?.map((c) => (judgeKey(c).strength >= 3 ? c : tableKeyed(c, table))) ?? [];
    // Tuples follow one another, separated by commas, until the statement ends.
    let at = m.index + m[0].length;
    while (text[at] === '(') {
      const end = closing(text, at + 1);
      if (end < 0) break;
      const cells = tupleCells(text, at + 1, end);
      cells.forEach(([col, s, e], i) => {
        if (columns[col] !== undefined) out.push([columns[col]!, s, e, true]);
        // A settings table's name and value side by side (`'paypal', 'client_secret', 'v'`): the name is the key.
        const next = cells[i + 1];
        if (next && next[0] === col + 1 && e - s <= 64 && judgeKey(text.slice(s, e)).strength >= 3) out.push([text.slice(s, e), next[1], next[2], true]);
      });
      at = end + 1;
      while (/[\s,]/.test(text[at] ?? '') && text[at] !== undefined) at++;
    }
    insert.lastIndex = Math.max(insert.lastIndex, at);
  }
}

/** The pairs of every pg_dump COPY block's rows under credential columns. */
function copyPairs(text: string, out: Array<[string, number, number, boolean]>): void {
  const copy = patterns!.copy;
  copy.lastIndex = 0;
  for (let m = copy.exec(text); m; m = copy.exec(text)) {
    const columns = m[2].split(',').map(bare);
    if (!columns.some((c) => judgeKey(c).strength >= 3)) continue;
    for (let at = m.index + m[0].length; at < text.length; ) {
      let le = text.indexOf('\n', at);
      if (le < 0) le = text.length;
      if (text.startsWith('\\.', at)) break;
      let s = at;
      text
        .slice(at, le)
        .split('\t')
        .forEach((cell, col) => {
          if (columns[col] !== undefined && cell !== '\\N') out.push([columns[col], s, s + cell.replace(/\r$/, '').length, false]);
          s += cell.length + 1;
        });
      at = le + 1;
    }
  }
}

/** Pairs of the values under credential-naming columns in SQL `bytes` (offsets within the bytes). */
export function sqlColumnPairs(bytes: Buffer): ColumnPair[] {
  patterns ??= {
    create: new RE2(`(?i)\\bCREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?${TABLE}\\s*\\(`, 'g'),
    insert: new RE2(`(?i)\\bINSERT\\s+(?:IGNORE\\s+)?INTO\\s+${TABLE}\\s*(?:\\(([^()]*)\\))?\\s*VALUES\\s*`, 'g'),
    copy: new RE2(`(?i)^COPY\\s+${TABLE}\\s*\\(([^()\\n]*)\\)\\s+FROM\\s+stdin;\\r?\\n`, 'gm'),
  };
  // Latin-1 keeps one character per byte, so string offsets are byte offsets.
  const text = bytes.toString('latin1');
  const tables = new Map<string, string[]>();
  const create = patterns.create;
  create.lastIndex = 0;
  for (let m = create.exec(text); m; m = create.exec(text)) {
    const end = closing(text, m.index + m[0].length);
    if (end > 0) tables.set(bare(m[1]), definedColumns(text.slice(m.index + m[0].length, end)));
  }
  const found: Array<[string, number, number, boolean]> = [];
  insertPairs(text, tables, found);
  copyPairs(text, found);
  const out: ColumnPair[] = [];
  for (const [key, start, end, quoted] of found) {
    if (end <= start || end - start > 512) continue;
    const raw = bytes.toString('utf8', start, end);
    // A JSON document or text in a cell is read line by line by the extractor, not as one value.
    if (/\s/.test(raw) || raw[0] === '{' || raw[0] === '[') continue;
    const ls = bytes.lastIndexOf(10, start) + 1;
    const nl = bytes.indexOf(10, end);
    out.push({
      key,
      value: quoted ? raw.replace(/''/g, "'").replace(/\\(.)/g, '$1') : raw,
      start,
      end,
      quoted,
      expression: false,
      inString: false,
      quotedKey: false,
      ls,
      le: nl < 0 ? bytes.length : nl,
    });
  }
  return out;
}
