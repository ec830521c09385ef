/**
 * A small SQLite database with one table of text rows, made by the `sqlite3` command when it is
 * installed, or else written byte by byte in the SQLite file format (https://www.sqlite.org/fileformat.html):
 * a 512-byte page 1 holding the schema, and page 2 holding the rows, both b-tree table leaves.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

/** True when the sqlite3 command runs. */
export function hasSqlite3(): boolean {
  try {
    execFileSync('sqlite3', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Writes a database at `file` with `CREATE TABLE <table>(<columns> TEXT...)` and the rows given. */
export function writeSqlite(file: string, table: string, columns: string[], rows: string[][], handmade = !hasSqlite3()): void {
  const sql = `CREATE TABLE ${table}(${columns.map((c) => `${c} TEXT`).join(', ')})`;
  if (!handmade) {
    const inserts = rows.map((r) => `INSERT INTO ${table} VALUES (${r.map(quote).join(', ')});`).join('\n');
    execFileSync('sqlite3', [file], { input: `${sql};\n${inserts}\n`, stdio: ['pipe', 'ignore', 'pipe'] });
    return;
  }
  const page1 = leafPage(512, 100, [cell(1, record(['table', table, table, 2, sql]))]);
  header().copy(page1, 0);
  const page2 = leafPage(
    512,
    0,
    rows.map((r, i) => cell(i + 1, record(r))),
  );
  writeFileSync(file, Buffer.concat([page1, page2]));
}

/** The 100-byte database header: 512-byte pages, 2 pages, UTF-8, schema format 4. */
function header(): Buffer {
  const h = Buffer.alloc(100);
  h.write('SQLite format 3\0', 0, 'latin1');
  h.writeUInt16BE(512, 16);
  h[18] = 1; // write version: legacy
  h[19] = 1; // read version: legacy
  h[21] = 64; // maximum embedded payload fraction
  h[22] = 32; // minimum embedded payload fraction
  h[23] = 32; // leaf payload fraction
  h.writeUInt32BE(1, 24); // file change counter
  h.writeUInt32BE(2, 28); // database size in pages
  h.writeUInt32BE(1, 40); // schema cookie
  h.writeUInt32BE(4, 44); // schema format number
  h.writeUInt32BE(1, 56); // text encoding: UTF-8
  h.writeUInt32BE(1, 92); // version-valid-for (matches the change counter)
  h.writeUInt32BE(3045000, 96); // SQLITE_VERSION_NUMBER that wrote it
  return h;
}

function varint(n: number): Buffer {
  // Values here stay below 2^14: one or two bytes, high bit set on all but the last.
  return n < 0x80 ? Buffer.from([n]) : Buffer.from([0x80 | (n >> 7), n & 0x7f]);
}

/** A record: header of serial types (text = 13 + 2n, 8-bit integer = 1), then the values. */
function record(values: Array<string | number>): Buffer {
  const types = values.map((v) => (typeof v === 'number' ? varint(1) : varint(13 + 2 * Buffer.byteLength(v))));
  const body = values.map((v) => (typeof v === 'number' ? Buffer.from([v]) : Buffer.from(v)));
  const typeBytes = Buffer.concat(types);
  return Buffer.concat([varint(typeBytes.length + 1), typeBytes, ...body]);
}

function cell(rowid: number, payload: Buffer): Buffer {
  return Buffer.concat([varint(payload.length), varint(rowid), payload]);
}

/** A table b-tree leaf page (type 13) whose header starts at `at`, cells packed at the end. */
function leafPage(size: number, at: number, cells: Buffer[]): Buffer {
  const page = Buffer.alloc(size);
  let end = size;
  const pointers: number[] = [];
  for (const c of cells) {
    end -= c.length;
    c.copy(page, end);
    pointers.push(end);
  }
  page[at] = 13;
  page.writeUInt16BE(cells.length, at + 3);
  page.writeUInt16BE(end, at + 5);
  pointers.forEach((p, i) => page.writeUInt16BE(p, at + 8 + 2 * i));
  return page;
}
