import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, cleanEnv, runInProcess } from '../helpers/cli';
import { fake } from '../helpers/fakes';
import { commitAll, git, gitRepo, tempDir, writeTree } from '../helpers/fs';

const S = fake('github.pat-classic', 'staged');

async function staged(repo: string, ...args: string[]) {
  const r = await runInProcess(['scan', '--staged', '--format', 'json', ...args], { cwd: repo });
  return { ...r, report: r.stdout ? JSON.parse(r.stdout) : undefined };
}

describe('scan --staged', () => {
  it('reads the index: a staged secret removed only from the working copy is caught', async () => {
    const repo = gitRepo({ 'README.md': 'x\n' });
    commitAll(repo);
    writeTree(repo, { 'app.env': `A=1\nB=2\nTOKEN=${S}\n` });
    git(repo, 'add', 'app.env');
    writeTree(repo, { 'app.env': 'A=1\nB=2\nTOKEN=\n' });
    const { code, report } = await staged(repo);
    expect(code).toBe(1);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ path: 'app.env', line: 3, column: 7, source: 'staged' });
  });

  it('ignores secrets that are only in unstaged or untracked files', async () => {
    const repo = gitRepo({ 'tracked.env': 'A=1\n' });
    commitAll(repo);
    writeTree(repo, { 'tracked.env': `A=${S}\n`, 'untracked.env': `B=${S}\n` });
    const { code, report } = await staged(repo);
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
  });

  it('reports line numbers of the staged content, not of the working file', async () => {
    const repo = gitRepo({ 'a.env': 'one\n' });
    commitAll(repo);
    writeTree(repo, { 'a.env': `one\nTOKEN=${S}\n` });
    git(repo, 'add', 'a.env');
    writeTree(repo, { 'a.env': `inserted\ninserted\ninserted\none\nTOKEN=${S}\n` });
    const { report } = await staged(repo);
    expect(report.findings[0].line).toBe(2);
  });

  it('scans the whole index before the first commit, and skips deletions', async () => {
    const repo = gitRepo({ 'first.env': `T=${S}\n` });
    git(repo, 'add', '-A');
    expect((await staged(repo)).report.findings.map((f: { path: string }) => f.path)).toEqual(['first.env']);
    commitAll(repo);
    git(repo, 'rm', '-q', 'first.env');
    expect((await staged(repo)).code).toBe(0);
  });

  it('blocks the commit with exit 1 and tells the user how to inspect, mark and bypass', async () => {
    const repo = gitRepo({});
    writeTree(repo, { 'deploy/key.env': `T=${S}\n` });
    git(repo, 'add', '-A');
    const r = await runInProcess(['scan', '--staged'], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('commit blocked: 1 secret in staged changes');
    expect(r.stderr).toContain('git diff --cached -- deploy/key.env');
    expect(r.stderr).toMatch(/False positive: .*tokenguard:allow/);
    expect(r.stderr).toMatch(/>> \.tokenguardignore/);
    expect(r.stderr).toContain('git commit --no-verify');
    expect(r.stdout).not.toContain(S);
  });

  it('really blocks `git commit` once install-hook has run, and lets a clean commit through', () => {
    const repo = gitRepo({ 'README.md': 'x\n' });
    commitAll(repo);
    // What `npm install tokenguard` would give the project: a local bin that npx --no-install finds.
    mkdirSync(join(repo, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(BIN, join(repo, 'node_modules', '.bin', 'tokenguard'));
    writeTree(repo, { '.gitignore': 'node_modules/\n' });
    execFileSync(process.execPath, [BIN, 'install-hook'], { cwd: repo, env: cleanEnv() });
    writeTree(repo, { 'leak.env': `T=${S}\n` });
    git(repo, 'add', '-A');
    const blocked = spawnSync('git', ['commit', '-q', '-m', 'leak'], { cwd: repo, env: cleanEnv(), encoding: 'utf8' });
    expect(blocked.status).not.toBe(0);
    expect(blocked.stderr).toContain('commit blocked');
    writeFileSync(join(repo, 'leak.env'), 'T=from-the-vault\n');
    git(repo, 'add', '-A');
    const ok = spawnSync('git', ['commit', '-q', '-m', 'clean'], { cwd: repo, env: cleanEnv(), encoding: 'utf8' });
    expect(ok.stderr).toMatch(/no secrets found in 2 files/);
    expect(ok.status).toBe(0);
  });

  it('refuses to run outside a repository', async () => {
    const r = await runInProcess(['scan', '--staged'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--staged needs a git repository/);
  });

  it('rejects contradictory modes', async () => {
    const repo = gitRepo({});
    for (const args of [
      ['--staged', '--history'],
      ['--staged', '--stdin'],
      ['--history', '--stdin'],
      ['--since', 'HEAD', '--range', 'a..b'],
      ['--all-objects', '--since', 'HEAD'],
    ]) {
      const r = await runInProcess(['scan', ...args], { cwd: repo });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/cannot be combined/);
    }
  });
});
