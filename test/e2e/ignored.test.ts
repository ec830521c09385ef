/**
 * Issue 13, item 2: folder scans missed files without a trace. Inside git, gitignored files are now
 * counted (summary.ignored, one stderr line) and scanned with --include-ignored; outside git with
 * --respect-gitignore, a `!` rule in a deeper .gitignore wins over a shallower one, as in git. git's
 * own data (`.git`) is never scanned.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace, jsonOf, tg } from '../attacks/harness';
import { fake } from '../helpers/fakes';

const ws = new Workspace();
afterAll(() => ws.cleanup());

const SECRET = fake('github.pat-classic', 'ignored');
const ENV = `GITHUB_TOKEN=${SECRET}\n`;

type Summary = { ignored: number; ignoredFolders: number; complete: boolean; files: number };
const summaryOf = (r: Awaited<ReturnType<typeof tg>>) => jsonOf(r).summary as unknown as Summary;
const paths = (r: Awaited<ReturnType<typeof tg>>) =>
  jsonOf(r)
    .findings.map((f) => f.path)
    .sort();

describe('inside git: gitignored files', () => {
  function repo(): string {
    const dir = ws.repo({ '.gitignore': '.env\nbuild/\n', 'src/app.ts': 'export const x = 1;\n' });
    ws.write(dir, { '.env': ENV, 'build/out.js': `const t = "${SECRET}";\n`, 'build/deep/more.js': ENV });
    return dir;
  }

  it('are counted, with one summary line, and the scan stays clean and complete', async () => {
    const dir = repo();
    const r = await tg(['scan', '.', '--format', 'json'], dir, ws.env());
    expect(r.code).toBe(0);
    expect(summaryOf(r)).toMatchObject({ ignored: 2, ignoredFolders: 1, complete: true });
    expect(r.stderr).toContain('tokenguard: 1 gitignored file and 1 gitignored folder not scanned (--include-ignored scans them)\n');
    expect(r.stderr).not.toMatch(/skipped/);
  });

  it('are scanned with --include-ignored, inside ignored folders too', async () => {
    const dir = repo();
    const r = await tg(['scan', '.', '--include-ignored', '--format', 'json'], dir, ws.env());
    expect(r.code).toBe(1);
    expect(paths(r)).toEqual(['.env', 'build/deep/more.js', 'build/out.js']);
    expect(summaryOf(r)).toMatchObject({ ignored: 0, complete: true });
    expect(r.stderr).not.toMatch(/gitignored/);
  });

  it('are counted from a sub-folder as well, relative to it', async () => {
    const dir = ws.repo({ '.gitignore': '*.log\n', 'a/keep.txt': 'x\n' });
    ws.write(dir, { 'a/debug.log': ENV, 'b/other.log': ENV });
    const r = await tg(['scan', 'a', '--format', 'json'], dir, ws.env());
    expect(summaryOf(r)).toMatchObject({ ignored: 1, ignoredFolders: 0 });
    expect(paths(await tg(['scan', 'a', '--include-ignored', '--format', 'json'], dir, ws.env()))).toEqual(['debug.log']);
  });

  it('leave a clean pre-commit run quiet, and --include-ignored is only for working trees', async () => {
    const dir = repo();
    ws.write(dir, { 'src/app.ts': 'export const x = 2;\n' });
    ws.git(dir, 'add', 'src/app.ts');
    const staged = await tg(['scan', '--staged'], dir, ws.env());
    expect(staged.code).toBe(0);
    expect(staged.stderr).not.toMatch(/gitignored/);
    const both = await tg(['scan', '--staged', '--include-ignored'], dir, ws.env());
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--include-ignored scans a working tree; it cannot be combined with --staged/);
  });

  it("never include git's own data, even with --include-ignored", async () => {
    const dir = repo();
    ws.git(dir, 'config', 'remote.origin.url', `https://ci:${SECRET}@git.example.com/app.git`);
    const r = await tg(['scan', '.', '--include-ignored', '--format', 'json'], dir, ws.env());
    expect(paths(r).some((p) => p.startsWith('.git/'))).toBe(false);
  });
});

describe('outside git with --respect-gitignore: git precedence', () => {
  /** Every file holds the token, so the files scanned are the paths of the findings. */
  const tree: Record<string, string> = {
    '.gitignore': '*.env\nlogs/\n',
    'a.env': ENV,
    'top.txt': ENV,
    'config/.gitignore': '!keep.env\n',
    'config/keep.env': ENV,
    'config/nested/.gitignore': 'keep.env\n!other.env\n',
    'config/nested/keep.env': ENV,
    'config/nested/other.env': ENV,
    'logs/.gitignore': '!app.env\n',
    'logs/app.env': ENV,
    'sub/.gitignore': '*.txt\n!important.txt\n',
    'sub/important.txt': ENV,
    'sub/notes.txt': ENV,
  };

  it('a deeper `!` rule wins over a shallower ignore; an excluded folder stays excluded; same files as git', async () => {
    const dir = ws.write(ws.dir(), tree);
    const r = await tg(['scan', '.', '--respect-gitignore', '--format', 'json'], dir, ws.env());
    const scanned = paths(r).filter((p) => !p.endsWith('.gitignore'));
    expect(scanned).toEqual(['config/keep.env', 'config/nested/other.env', 'sub/important.txt', 'top.txt']);
    // git is the oracle: the same tree in a repository leaves the same files untracked and not ignored.
    const copy = join(ws.dir(), 'copy');
    cpSync(dir, copy, { recursive: true });
    ws.git(copy, 'init', '-q');
    const fromGit = ws
      .git(copy, 'ls-files', '--others', '--exclude-standard')
      .split('\n')
      .filter((p) => p && !p.endsWith('.gitignore'));
    expect(scanned).toEqual(fromGit.sort());
    expect(summaryOf(r)).toMatchObject({ ignored: 4, ignoredFolders: 1 });
    expect(r.stderr).toContain('tokenguard: 3 gitignored files and 1 gitignored folder not scanned (--include-ignored scans them)\n');
  });

  it('--include-ignored scans everything even with --respect-gitignore', async () => {
    const dir = ws.write(ws.dir(), tree);
    const r = await tg(['scan', '.', '--respect-gitignore', '--include-ignored', '--format', 'json'], dir, ws.env());
    expect(paths(r).filter((p) => !p.endsWith('.gitignore'))).toEqual(
      Object.keys(tree)
        .filter((p) => !p.endsWith('.gitignore'))
        .sort(),
    );
  });

  it('a .git folder is listed as skipped and never entered', async () => {
    const dir = ws.write(ws.dir(), { 'app/.git/config': `[remote "origin"]\n\turl = https://ci:${SECRET}@git.example.com/app.git\n`, 'app/readme.md': 'hi\n' });
    const r = await tg(['scan', '.', '--format', 'json'], dir, ws.env());
    expect(r.code).toBe(0);
    expect((jsonOf(r) as unknown as { skipped: unknown[] }).skipped).toEqual([{ path: 'app/.git', reason: 'git-internals' }]);
  });
});
