/**
 * Cells of an HTML table under a header cell that names a credential: a Confluence or wiki export's
 * page of shared logins (`<th>System</th><th>Account</th><th>Secret</th>`), which keeps each row on a
 * line of its own or spreads it over many; and the same in an Excel sheet saved as XML Spreadsheet 2003
 * (`<Row><Cell><Data>`), whose header is its table's first row. The header is the key of every cell
 * below it, as a Markdown table's is (columns.ts); the value's judgement is the extractor's as for any pair.
 */
import RE2 from 're2';
import { lineBounds } from '../regions';
import type { ColumnPair } from './columns';
import { columnKey } from './columns';
import { judgeKey } from './keys';
import { APP_PASSWORD_SHAPE } from './values';

export const HTML_FILE = /\.(?:html?|xhtml)$/i;
/** An XML file, read as a spreadsheet when it holds a SpreadsheetML table. */
export const SPREADSHEET_FILE = /\.xml$/i;

/** How far a header row's start is looked for before a keyword, and a table's rows read after it. */
const ROW_REACH = 8192;
const TABLE_REACH = 256 * 1024;
/** Longest cell read; a longer one is prose. */
const MAX_CELL = 2048;
/** How a kind of table is written: its tags, and which of its rows is the header. */
interface TableDialect {
  table: string;
  row: string;
  rowEnd: string;
  /** A cell (group 1 tells a header cell, group 2 is its content), on RE2: a row of unclosed cells would cost a backtracking engine quadratic time. */
  cell: RE2;
  th: (kind: string) => boolean;
  /** Whether the row starting at `rs` is a header, given its cells. */
  header: (bytes: Buffer, rs: number, cells: Cell[]) => boolean;
}

const HTML: TableDialect = {
  table: '<table',
  row: '<tr',
  rowEnd: '</tr>',
  cell: new RE2('<t([hd])\\b[^>]*>([\\s\\S]*?)</t[hd]>', 'gi'),
  th: (kind) => kind.toLowerCase() === 'h',
  header: (_bytes, _rs, cells) => cells.every((c) => c.th),
};

/** XML Spreadsheet 2003: no header cells, so the header is the first row of its table. */
const SPREADSHEET: TableDialect = {
  table: '<Table',
  row: '<Row',
  rowEnd: '</Row>',
  cell: new RE2('<(Cell)\\b[^>]*>([\\s\\S]*?)</Cell>', 'g'),
  th: () => false,
  header: (bytes, rs) => {
    const t = bytes.subarray(Math.max(0, rs - ROW_REACH), rs).lastIndexOf('<Table');
    return t >= 0 && bytes.subarray(Math.max(0, rs - ROW_REACH) + t, rs).indexOf('<Row') < 0;
  },
};
const CODE = /<code\b[^>]*>([^<]{1,512})<\/code>/gi;
const TEXT = />([^<]+)</g;
const APP_PASSWORD = new RegExp(`^${APP_PASSWORD_SHAPE}$`);
/** A header naming the accounts the row's secret belongs to. */
const ACCOUNT = /^(?:account|user(?: ?name)?|login|e-?mail|service account)s?$/i;

/** A cell's content: its [start, end) offsets and whether it is a header cell. */
interface Cell {
  th: boolean;
  start: number;
  end: number;
}

/** The cells of the row `html` (its text starting at byte `base`; the row is latin1-decoded, so offsets are bytes). */
function cellsOf(d: TableDialect, html: string, base: number): Cell[] {
  const cells: Cell[] = [];
  d.cell.lastIndex = 0;
  for (let m = d.cell.exec(html); m; m = d.cell.exec(html)) {
    const start = base + m.index + m[0].indexOf('>') + 1;
    cells.push({ th: d.th(m[1]), start, end: start + m[2].length });
  }
  return cells;
}

/** The text of a cell's markup, tags and entities left out. */
function textOf(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The values a cell holds: each `<code>` element's text, or else its last text node, after a label's
 * colon (`app password: cpvf lkro gzgm svaz`).
 */
function valuesOf(bytes: Buffer, cell: Cell): Array<[number, number]> {
  const markup = bytes.toString('latin1', cell.start, cell.end);
  const out: Array<[number, number]> = [];
  CODE.lastIndex = 0;
  for (let m = CODE.exec(markup); m; m = CODE.exec(markup)) out.push(trimmed(bytes, cell.start + m.index + m[0].indexOf('>') + 1, m[1].length));
  if (out.length > 0) return out;
  let last: RegExpExecArray | undefined;
  const wrapped = `>${markup}<`;
  TEXT.lastIndex = 0;
  for (let m = TEXT.exec(wrapped); m; m = TEXT.exec(wrapped)) if (m[1].trim()) last = m;
  if (!last) return out;
  // The text node's offset within the cell: the wrapper added one character before it.
  let start = cell.start + last.index;
  let text = last[1];
  const colon = text.lastIndexOf(': ');
  if (colon >= 0) {
    start += colon + 2;
    text = text.slice(colon + 2);
  }
  // Words are prose (`see 1Password "DHL Business"`), save a Google app password's four groups.
  if (/\S\s+\S/.test(text.trim()) && !APP_PASSWORD.test(text.trim())) return out;
  out.push(trimmed(bytes, start, text.length));
  return out;
}

function trimmed(bytes: Buffer, start: number, length: number): [number, number] {
  let s = start;
  let e = start + length;
  while (s < e && (bytes[s] === 32 || bytes[s] === 9 || bytes[s] === 10 || bytes[s] === 13)) s++;
  while (e > s && (bytes[e - 1] === 32 || bytes[e - 1] === 9 || bytes[e - 1] === 10 || bytes[e - 1] === 13)) e--;
  return [s, e];
}

/** Pairs of the cells under credential-naming header cells of the HTML tables whose header row holds a keyword. */
export function htmlTablePairs(bytes: Buffer, positions: number[]): ColumnPair[] {
  return tablePairsOf(HTML, bytes, positions);
}

/** The same for the tables of an XML Spreadsheet 2003 file (none in other XML). */
export function spreadsheetPairs(bytes: Buffer, positions: number[]): ColumnPair[] {
  return bytes.indexOf('urn:schemas-microsoft-com:office:spreadsheet') < 0 ? [] : tablePairsOf(SPREADSHEET, bytes, positions);
}

function tablePairsOf(d: TableDialect, bytes: Buffer, positions: number[]): ColumnPair[] {
  const out: ColumnPair[] = [];
  const rows = new Set<number>();
  for (const p of positions) {
    const from = Math.max(0, p - ROW_REACH);
    const i = bytes.subarray(from, p).lastIndexOf(d.row);
    if (i >= 0) rows.add(from + i);
  }
  for (const rs of rows) {
    const re = bytes.indexOf(d.rowEnd, rs);
    if (re < 0 || re - rs > ROW_REACH) continue;
    const header = cellsOf(d, bytes.toString('latin1', rs, re), rs);
    if (header.length === 0 || !d.header(bytes, rs, header)) continue;
    const names = header.map((c) => columnKey(textOf(bytes.toString('utf8', c.start, c.end))));
    const columns = names.map((n, i) => (n.length <= 32 && !/[()]/.test(n) && judgeKey(n).strength >= 3 ? i : -1)).filter((i) => i >= 0);
    if (columns.length === 0) continue;
    // Beside a column of accounts, a `Secret` column holds each account's password (or its token).
    const accounts = names.some((n) => ACCOUNT.test(n));
    const keys = names.map((n) => (accounts && judgeKey(n).kind !== 'password' ? `${n} password` : n));
    const tableEnd = bytes.indexOf(`</${d.table.slice(1)}`, re);
    const end = Math.min(tableEnd < 0 ? bytes.length : tableEnd, re + TABLE_REACH);
    for (let row = bytes.indexOf(d.row, re); row >= 0 && row < end; row = bytes.indexOf(d.row, row + d.row.length)) {
      const close = bytes.indexOf(d.rowEnd, row);
      if (close < 0 || close > end) break;
      const cells = cellsOf(d, bytes.toString('latin1', row, close), row);
      for (const i of columns) {
        const c = cells[i];
        if (!c || c.th || c.end - c.start > MAX_CELL) continue;
        for (const [start, stop] of valuesOf(bytes, c)) {
          if (stop <= start) continue;
          const [ls, le] = lineBounds(bytes, start);
          out.push({ key: keys[i], value: bytes.toString('utf8', start, stop), start, end: stop, quoted: true, expression: false, inString: false, quotedKey: false, ls, le });
        }
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
