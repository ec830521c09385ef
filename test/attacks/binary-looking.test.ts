/**
 * Issue 9, item 15: files that looked binary (a NUL in the first 8 KB) were skipped quietly with exit
 * 0, so UTF-16 text, a text file with one stray NUL and a SQLite database hid the secrets they held.
 * Now UTF-16 is decoded and scanned, a text file with a few stray control bytes is scanned as text,
 * and anything else is scanned through its printable strings, the same way in the working tree, the
 * index and history (sources/content.ts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fake } from '../helpers/fakes';
import { hasSqlite3, writeSqlite } from '../helpers/sqlite';
import { expectNothingLeaked, jsonOf, tg, Workspace } from './harness';

const ws = new Workspace();
afterAll(() => ws.cleanup());

const SECRET = fake('github.pat-classic', 'attack-binary');
const TEXT = `# deploy settings\nregion = eu-west-1\nGITHUB_TOKEN=${SECRET}\n`;

type Found = { path: string; line: number; column: number; notes?: string[] };

/** Commits nothing new but stages `files`, scans the index, commits, then scans the tree and history. */
async function scanEverywhere(files: Record<string, Buffer>): Promise<Array<Awaited<ReturnType<typeof tg>>>> {
  const repo = ws.repo({ 'README.md': 'hello\n' });
  ws.write(repo, files);
  ws.git(repo, 'add', '-A');
  const staged = await tg(['scan', '--staged', '--format', 'json'], repo, ws.env());
  ws.commit(repo, 'add data');
  return [staged, await tg(['scan', '.', '--format', 'json'], repo, ws.env()), await tg(['scan', '--history', '--format', 'json'], repo, ws.env())];
}

function expectReported(results: Array<Awaited<ReturnType<typeof tg>>>, path: string, at: { line: number; column: number } | undefined, note: RegExp): void {
  for (const r of results) {
    expect(r.code).toBe(1);
    const findings = jsonOf(r).findings as unknown as Found[];
    expect(findings.map((f) => f.path)).toEqual([path]);
    if (at) expect({ line: findings[0].line, column: findings[0].column }).toEqual(at);
    expect(findings[0].notes ?? []).toEqual(note.source === '^$' ? [] : [expect.stringMatching(note)]);
    expect((jsonOf(r) as unknown as { skipped: unknown[] }).skipped).toEqual([]);
    expectNothingLeaked({ result: r, secrets: [SECRET] });
  }
}

describe('a secret in a file that looks binary is reported', () => {
  it('UTF-16LE text without a byte order mark: line and column of the decoded text', async () => {
    const results = await scanEverywhere({ 'settings.ini': Buffer.from(TEXT, 'utf16le') });
    expectReported(results, 'settings.ini', { line: 3, column: 14 }, /UTF-16LE text: found in its decoded text/);
  });

  it('UTF-16BE text with a byte order mark', async () => {
    const be = Buffer.from(`\ufeff${TEXT}`, 'utf16le').swap16();
    const results = await scanEverywhere({ 'settings.ini': be });
    expectReported(results, 'settings.ini', { line: 3, column: 14 }, /UTF-16BE text: found in its decoded text/);
  });

  it('a text file with a NUL at byte 7000: scanned as text, real line numbers', async () => {
    const lines = Buffer.from(Array.from({ length: 300 }, (_, i) => `filler line ${String(i).padStart(3, '0')} of the log\n`).join(''));
    const head = Buffer.from(lines.subarray(0, 7001));
    head[7000] = 0;
    expect(head.indexOf(0)).toBe(7000);
    const log = Buffer.concat([head, Buffer.from(`\n${TEXT}`)]);
    const results = await scanEverywhere({ 'build.log': log });
    const line = log.subarray(0, log.indexOf(SECRET)).toString('latin1').split('\n').length;
    expectReported(results, 'build.log', { line, column: 14 }, /^$/);
  });

  it.each(hasSqlite3() ? ['made by sqlite3', 'written by hand'] : ['written by hand'])('inside a SQLite database (%s): found among its printable strings', async (how) => {
    const db = join(ws.dir(), 'state.vscdb');
    // The shape of an editor's state database: JSON settings as values of a key-value table.
    const rows = [
      ['workbench.theme', '"dark"'],
      ['deploy.settings', JSON.stringify({ region: 'eu-west-1', github_token: SECRET })],
    ];
    writeSqlite(db, 'ItemTable', ['key', 'value'], rows, how === 'written by hand');
    const bytes = readFileSync(db);
    const results = await scanEverywhere({ 'state.vscdb': bytes });
    const offset = bytes.indexOf(SECRET);
    expectReported(results, 'state.vscdb', undefined, new RegExp(`not a text file: found among its printable strings, at byte offset ${offset}$`));
  });

  it('the hand-written SQLite file is a database sqlite3 reads back', () => {
    if (!hasSqlite3()) return; // nothing to check it with
    const db = join(ws.dir(), 'hand.db');
    writeSqlite(
      db,
      'kv',
      ['k', 'v'],
      [
        ['a', 'one'],
        ['b', 'two'],
      ],
      true,
    );
    expect(execFileSync('sqlite3', [db, 'PRAGMA integrity_check; SELECT v FROM kv ORDER BY k;'], { encoding: 'utf8' })).toBe('ok\none\ntwo\n');
  });
});
