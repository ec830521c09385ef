/**
 * Nothing runs, in the places test/e2e/git-safety.test.ts does not reach: a repository with no commit
 * yet (the staged scan falls back to listing the index), a working tree holding a FIFO (git is asked
 * which special files it ignores), a nested repository with its own hostile config, a scan of a
 * sub-directory, and --range. Every program the config can name leaves a marker when run; a positive
 * control shows that ordinary git commands in the same repositories do run them.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv } from '../helpers/cli';
import { fake } from '../helpers/fakes';
import { commitAll, git, gitRepo, tempDir, writeTree } from '../helpers/fs';
import { scanJson, type IoReport } from './io-helpers';

const S = fake('github.pat-classic', 'io-nothing-runs');

/** Config keys naming programs, each a script that touches `markers/<name>`. */
function plantHostileConfig(repo: string, markers: string): void {
  const bin = tempDir('tg-bin-');
  const script = (name: string) => {
    const file = join(bin, `${name}.sh`);
    writeFileSync(file, `#!/bin/sh\ntouch "${markers}/${name}"\ncat\n`);
    chmodSync(file, 0o755);
    return file;
  };
  const hooks = join(repo, '.evil-hooks');
  mkdirSync(hooks, { recursive: true });
  for (const h of ['pre-commit', 'post-checkout', 'reference-transaction', 'post-index-change', 'fsmonitor-watchman']) {
    writeFileSync(join(hooks, h), `#!/bin/sh\ntouch "${markers}/hook-${h}"\n`, { mode: 0o755 });
  }
  writeTree(repo, { '.gitattributes': '* diff=evil filter=evil merge=evil\n' });
  const config: Array<[string, string]> = [
    ['core.fsmonitor', script('fsmonitor')],
    ['core.hooksPath', hooks],
    ['diff.evil.textconv', script('textconv')],
    ['diff.evil.command', script('external')],
    ['filter.evil.clean', script('clean')],
    ['filter.evil.smudge', script('smudge')],
    ['filter.evil.required', 'true'],
    ['merge.evil.driver', script('merge')],
    ['core.sshCommand', script('ssh')],
    ['core.pager', script('pager')],
    ['credential.helper', `!${script('credential')}`],
  ];
  for (const [k, v] of config) git(repo, 'config', k, v);
}

/** A fresh empty marker directory. */
function markerDir(): string {
  return tempDir('tg-markers-');
}

describe('a hostile config runs nothing (beyond git-safety.test.ts)', () => {
  it.each([
    ['worktree', ['.']],
    ['staged', ['--staged']],
    ['history', ['--history']],
  ])('in a repository with no commit yet: %s scan', async (_mode, args) => {
    const markers = markerDir();
    const repo = gitRepo({ 'a.env': `T=${S}\n` });
    git(repo, 'add', 'a.env');
    plantHostileConfig(repo, markers);
    const { code, report } = await scanJson(args, { cwd: repo });
    expect(report.problems).toEqual([]);
    // History has no commit to read; the other two modes find the staged or working secret.
    expect(code).toBe(args[0] === '--history' ? 0 : 1);
    if (args[0] === '--history') expect(report.warnings).toEqual(['the repository has no commits yet: there is no history to scan']);
    expect(readdirSync(markers)).toEqual([]);
  });

  it('with a FIFO in the tree, a nested hostile repository, a sub-directory scan and --range', async () => {
    const markers = markerDir();
    const repo = gitRepo({ 'src/a.env': `T=${S}\n`, 'README.md': 'x\n' });
    commitAll(repo, 'one');
    writeTree(repo, { 'src/b.txt': 'more\n' });
    commitAll(repo, 'two');
    spawnSync('mkfifo', [join(repo, 'src', 'pipe')]);
    const nested = join(repo, 'vendor', 'inner');
    mkdirSync(nested, { recursive: true });
    git(nested, 'init', '-q');
    writeTree(nested, { 'x.env': `T=${S}\n` });
    plantHostileConfig(nested, markers);
    plantHostileConfig(repo, markers);
    // The real binary: if a FIFO were ever opened for reading, a blocked child fails this test, where a
    // blocked in-process read would hang the test runner.
    const reports: IoReport[] = [];
    for (const args of [['.'], ['src'], ['--range', 'HEAD~1..HEAD'], ['--history', '--all-objects']]) {
      const { code, report } = await scanJson(args, { cwd: repo, spawn: true, timeoutMs: 30_000 });
      expect([0, 1]).toContain(code);
      expect(report.problems).toEqual([]);
      reports.push(report);
    }
    // The scan of the whole tree (the first) lists the FIFO and the nested repository as not scanned.
    expect(reports[0].skipped).toEqual(
      expect.arrayContaining([
        { path: 'src/pipe', reason: 'not-a-regular-file' },
        { path: 'vendor/inner', reason: 'submodule' },
      ]),
    );
    expect(readdirSync(markers)).toEqual([]);
  });

  it('positive control: plain git in such repositories runs the planted programs', () => {
    const markers = markerDir();
    const repo = gitRepo({ 'a.env': `T=${S}\n` });
    git(repo, 'add', 'a.env');
    plantHostileConfig(repo, markers);
    writeTree(repo, { 'b.env': 'changed\n' });
    const env = cleanEnv();
    spawnSync('git', ['status'], { cwd: repo, env });
    spawnSync('git', ['add', 'b.env'], { cwd: repo, env });
    expect(readdirSync(markers)).toEqual(expect.arrayContaining(['fsmonitor', 'clean']));
  });
});
