/**
 * Adopting tokenguard on a repository that already has secrets: the default baseline file and the
 * config's `baseline:` key (honoured by --staged and every scan), --only-added-lines, and a blocked
 * commit's advice, whose ignore-file command really works when pasted. Real git repositories in temp
 * folders, CLI run in-process.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, runInProcess } from '../helpers/cli';
import { fake } from '../helpers/fakes';
import { commitAll, git, gitRepo, writeTree } from '../helpers/fs';
import { parseAddedLines } from '../../src/sources/git/added-lines';

const OLD = fake('github.pat-classic', 'adopt-old');
const NEW = fake('github.pat-classic', 'adopt-new');
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A repository whose history already has a secret in config/app.env. */
function legacyRepo(extra: Record<string, string> = {}): string {
  const dir = gitRepo({ 'config/app.env': `A=1\nGITHUB_TOKEN=${OLD}\nB=2\n`, ...extra });
  made.push(dir);
  commitAll(dir, 'legacy');
  return dir;
}

/** Edits a line of config/app.env that is not the secret's, and stages it. */
function editOtherLine(dir: string, extraLine = ''): void {
  writeTree(dir, { 'config/app.env': `A=changed\nGITHUB_TOKEN=${OLD}\nB=2\n${extraLine}` });
  git(dir, 'add', '-A');
}

const staged = (dir: string, ...args: string[]) => runInProcess(['scan', '--staged', ...args], { cwd: dir });

describe('baseline', () => {
  it('.tokenguard-baseline.json at the repository root is picked up by --staged, from any folder', async () => {
    const dir = legacyRepo();
    editOtherLine(dir);
    expect((await staged(dir)).code).toBe(1); // the hook's old behaviour: editing one line blocks
    const created = await runInProcess(['baseline', 'create', '-o', '.tokenguard-baseline.json'], { cwd: dir });
    expect(created.code).toBe(0);
    const r = await staged(dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/suppressed 1 finding \(1 by the baseline\)/);
    mkdirSync(join(dir, 'config', 'deep'), { recursive: true });
    expect((await staged(join(dir, 'config', 'deep'))).code).toBe(0);
    // A new secret is still caught.
    editOtherLine(dir, `NEW_TOKEN=${NEW}\n`);
    const blocked = await staged(dir, '--format', 'json');
    expect(blocked.code).toBe(1);
    expect(JSON.parse(blocked.stdout).findings.map((f: { line: number }) => f.line)).toEqual([4]);
  });

  it('is honoured by working-tree scans and inventory too, and --no-suppress shows everything', async () => {
    const dir = legacyRepo();
    await runInProcess(['baseline', 'create', '-o', '.tokenguard-baseline.json'], { cwd: dir });
    expect((await runInProcess(['scan', '.'], { cwd: dir })).code).toBe(0);
    expect((await runInProcess(['inventory'], { cwd: dir })).code).toBe(0);
    expect((await runInProcess(['scan', '.', '--no-suppress'], { cwd: dir })).code).toBe(1);
    expect((await runInProcess(['scan', '--staged', '--no-suppress'], { cwd: dir })).code).toBe(0); // nothing staged
  });

  it('the config key names a file relative to the config; --baseline overrides it; a missing named file is an error', async () => {
    const dir = legacyRepo({ '.tokenguardrc.yaml': 'baseline: security/accepted.json\n' });
    editOtherLine(dir);
    const missing = await staged(dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/security\/accepted\.json: cannot read baseline: ENOENT/);
    mkdirSync(join(dir, 'security'));
    expect((await runInProcess(['baseline', 'create', '-o', 'security/accepted.json'], { cwd: dir })).code).toBe(0);
    expect((await staged(dir)).code).toBe(0);
    expect((await runInProcess(['scan', '--staged'], { cwd: join(dir, 'config') })).code).toBe(0);
    writeFileSync(join(dir, 'empty.json'), '{"version":1,"entries":[]}\n');
    expect((await staged(dir, '--baseline', 'empty.json')).code).toBe(1);
  });

  it('an unknown config key is still an error (the schema gained only "baseline")', async () => {
    const dir = legacyRepo({ '.tokenguardrc.yaml': 'baseLine: x.json\n' });
    const r = await runInProcess(['scan', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/baseLine: unknown key/);
  });
});

describe('--only-added-lines', () => {
  it('reports only secrets on lines the commit adds', async () => {
    const dir = legacyRepo();
    editOtherLine(dir);
    expect((await staged(dir)).code).toBe(1);
    const r = await staged(dir, '--only-added-lines');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/1 finding on lines the commit does not add not reported \(--only-added-lines\)/);
    editOtherLine(dir, `NEW_TOKEN=${NEW}\n`);
    const blocked = await staged(dir, '--only-added-lines', '--format', 'json');
    expect(blocked.code).toBe(1);
    expect(JSON.parse(blocked.stdout).findings.map((f: { line: number }) => f.line)).toEqual([4]);
  });

  it('counts every line of a new file (whatever its name) as added; a pure rename adds nothing', async () => {
    const dir = legacyRepo();
    writeTree(dir, { 'odd dir/é "q".env': `X=1\nT=${NEW}\n` });
    git(dir, 'add', '-A');
    const added = JSON.parse((await staged(dir, '--only-added-lines', '--format', 'json')).stdout);
    expect(added.findings.map((f: { path: string; line: number }) => `${f.path}:${f.line}`)).toEqual(['odd dir/é "q".env:2']);
    commitAll(dir, 'more');
    git(dir, 'mv', 'config/app.env', 'config/renamed.env');
    expect((await staged(dir, '--only-added-lines')).code).toBe(0);
    expect((await staged(dir)).code).toBe(1);
  });

  it('before the first commit every staged line is added', async () => {
    const dir = gitRepo({ 'a.env': `T=${NEW}\n` });
    made.push(dir);
    git(dir, 'add', '-A');
    expect((await staged(dir, '--only-added-lines')).code).toBe(1);
  });

  it('needs --staged', async () => {
    const dir = legacyRepo();
    const r = await runInProcess(['scan', '.', '--only-added-lines'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--only-added-lines: needs --staged/);
  });

  it('reads hunk content as content, even a line that looks like a file header', () => {
    const diff = Buffer.from(
      [
        'diff --git a/x b/x',
        '--- a/x',
        '+++ b/x',
        '@@ -0,0 +1,2 @@',
        '+++ b/not-a-file',
        '+@@ -1 +1,9 @@',
        'diff --git "a/t\\tab" "b/t\\tab"',
        '--- a/t',
        '+++ "b/t\\tab\\303\\251"',
        '@@ -3 +3 @@',
        '-old',
        '+new',
        '\\ No newline at end of file',
        '@@ -10,0 +11,2 @@',
        '+a',
        '+b',
        '',
      ].join('\n'),
    );
    const added = parseAddedLines(diff);
    expect([...added.keys()]).toEqual(['x', 't\tabé']);
    expect([...added.get('x')!]).toEqual([1, 2]);
    expect([...added.get('t\tabé')!]).toEqual([3, 11, 12]);
  });
});

describe('a blocked commit', () => {
  it('offers tokenguard:allow, the fingerprint for .tokenguardignore (a command that works when pasted) and the baseline', async () => {
    const dir = legacyRepo();
    writeTree(dir, { 'deploy/key.env': `T=${NEW}\n` });
    git(dir, 'add', '-A');
    const r = await staged(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"tokenguard:allow"');
    expect(r.stderr).toMatch(/baseline create \. -o \.tokenguard-baseline\.json/);
    const fingerprint = /fingerprint: ([0-9a-f]{32})/.exec(r.stdout)![1];
    const paste = r.stderr
      .split('\n')
      .find((l) => l.includes('>> .tokenguardignore'))!
      .trim();
    expect(paste).toContain(fingerprint);
    execFileSync('sh', ['-c', paste], { cwd: dir, env: cleanEnv() });
    expect(readFileSync(join(dir, '.tokenguardignore'), 'utf8')).toMatch(new RegExp(`^${fingerprint}  # `));
    const after = await staged(dir);
    expect(after.code).toBe(0);
    expect(after.stderr).toMatch(/1 by the ignore file/);
  });
});
