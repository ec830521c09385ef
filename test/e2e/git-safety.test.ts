/**
 * A hostile repository's config must not make tokenguard run anything. Every program such config can
 * name is a script that leaves a marker file; after each scan mode, no marker may exist. A positive
 * control proves that plain git commands do run them, so the test can fail.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, runInProcess } from '../helpers/cli';
import { fake } from '../helpers/fakes';
import { commitAll, git, gitRepo, tempDir, writeTree } from '../helpers/fs';

const S = fake('github.pat-classic', 'safety');

const PROGRAMS = ['fsmonitor', 'textconv', 'clean', 'smudge', 'process', 'ssh', 'pager', 'askpass', 'credential', 'editor', 'external', 'gpg', 'hook'];

/** A repository whose config names a marker-writing script for every program git can be told to run. */
function hostileRepo(): { repo: string; markers: string } {
  const markers = tempDir('tg-markers-');
  const bin = tempDir('tg-bin-');
  const script = (name: string) => {
    const file = join(bin, `${name}.sh`);
    writeFileSync(file, `#!/bin/sh\ntouch "${markers}/${name}"\nexit 0\n`);
    chmodSync(file, 0o755);
    return file;
  };
  const repo = gitRepo({ 'README.md': 'hello\n' });
  commitAll(repo);
  const hooks = join(repo, 'evil-hooks');
  mkdirSync(hooks);
  for (const h of ['pre-commit', 'post-checkout', 'reference-transaction', 'post-index-change', 'pre-auto-gc', 'fsmonitor-watchman']) {
    writeFileSync(join(hooks, h), `#!/bin/sh\ntouch "${markers}/hook"\n`, { mode: 0o755 });
  }
  writeTree(repo, { '.gitattributes': '* diff=evil filter=evil\n', 'secret.env': `T=${S}\n` });
  git(repo, 'add', '-A');
  const tree = git(repo, 'write-tree').trim();
  const parent = git(repo, 'rev-parse', 'HEAD').trim();
  // A commit carrying a (fake) signature, so log.showSignature would call gpg.program.
  const body = `tree ${tree}\nparent ${parent}\nauthor T <t@x> 1700000000 +0000\ncommitter T <t@x> 1700000000 +0000\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n AAAA\n -----END PGP SIGNATURE-----\n\nsigned\n`;
  const commit = execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--stdin'], { cwd: repo, input: body, env: cleanEnv(), encoding: 'utf8' }).trim();
  git(repo, 'update-ref', 'refs/heads/main', commit);
  writeTree(repo, { 'staged.env': `T=${S}\n` });
  git(repo, 'add', 'staged.env');
  // The hostile config goes in last, so building the fixture ran none of it.
  const config: Array<[string, string]> = [
    ['core.fsmonitor', script('fsmonitor')],
    ['core.hooksPath', hooks],
    ['diff.evil.textconv', script('textconv')],
    ['diff.evil.command', script('external')],
    ['diff.external', script('external')],
    ['filter.evil.clean', script('clean')],
    ['filter.evil.smudge', script('smudge')],
    ['filter.evil.process', script('process')],
    ['core.sshCommand', script('ssh')],
    ['core.pager', script('pager')],
    ['pager.log', script('pager')],
    ['core.askPass', script('askpass')],
    ['credential.helper', `!${script('credential')}`],
    ['core.editor', script('editor')],
    ['gpg.program', script('gpg')],
    ['log.showSignature', 'true'],
    ['log.showRoot', 'false'],
    ['diff.renames', 'copies'],
    ['core.untrackedCache', 'true'],
  ];
  for (const [k, v] of config) git(repo, 'config', k, v);
  rmSync(markers, { recursive: true, force: true });
  mkdirSync(markers);
  return { repo, markers };
}

describe('a hostile repository config runs nothing', () => {
  const { repo, markers } = hostileRepo();

  it.each([
    ['worktree', ['scan', '.']],
    ['staged', ['scan', '--staged']],
    ['history', ['scan', '--history']],
    ['all objects', ['scan', '--history', '--all-objects']],
    ['since', ['scan', '--since', 'HEAD~1']],
  ])('%s scan', async (_name, args) => {
    const r = await runInProcess([...args, '--format', 'json'], { cwd: repo });
    expect(r.stderr).not.toMatch(/internal error/);
    expect([1]).toContain(r.code);
    expect(JSON.parse(r.stdout).findings.length).toBeGreaterThan(0);
    expect(readdirSync(markers)).toEqual([]);
  });

  it('install-hook reads core.hooksPath without running anything', async () => {
    const r = await runInProcess(['install-hook', '--force'], { cwd: repo });
    expect(r.code).toBe(0);
    expect(readdirSync(markers)).toEqual([]);
  });

  it('positive control: plain git commands in this repository do run the planted programs', () => {
    const env = cleanEnv();
    // git re-reads (through the filter) only files whose stat data no longer matches the index; whether a
    // file just written still matches depends on timing ("racy git"). A new mtime makes status re-read them.
    const later = new Date(Date.now() + 60_000);
    for (const f of ['README.md', 'secret.env', 'staged.env']) utimesSync(join(repo, f), later, later);
    spawnSync('git', ['status'], { cwd: repo, env });
    // The planted process filter speaks no protocol and makes later commands die; drop it after status ran it.
    git(repo, 'config', '--unset', 'filter.evil.process');
    spawnSync('git', ['log', '-p', '-1'], { cwd: repo, env });
    spawnSync('git', ['diff', '--ext-diff', 'HEAD~1', 'HEAD'], { cwd: repo, env });
    spawnSync('git', ['cat-file', '--textconv', 'HEAD:secret.env'], { cwd: repo, env });
    spawnSync('git', ['--paginate', 'log', '-1'], { cwd: repo, env });
    const ran = readdirSync(markers);
    expect(ran).toEqual(expect.arrayContaining(['fsmonitor', 'textconv', 'gpg', 'external', 'process', 'smudge']));
    for (const p of ran) expect(PROGRAMS).toContain(p);
    expect(existsSync(join(markers, 'nonexistent'))).toBe(false);
  });
});
