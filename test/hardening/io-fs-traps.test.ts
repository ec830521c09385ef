/**
 * Filesystem traps: symlinks to endless devices, loops and outside targets are never followed; FIFOs
 * and sockets are skipped and listed; unreadable entries make the scan incomplete; odd names survive;
 * empty and commit-less repositories and submodules behave as documented. Every scan runs the real CLI
 * with a hang guard shorter than jest's timeout, so a followed /dev/zero or an opened FIFO fails loudly.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, runCli } from '../helpers/cli';
import { fake } from '../helpers/fakes';
import { commitAll, git, gitRepo, tempDir, writeTree } from '../helpers/fs';
import { runCliUnprivileged } from '../helpers/unprivileged';
import { scanJson, type IoReport } from './io-helpers';

const S = fake('github.pat-classic', 'io-traps');
/** Scans near a FIFO or a device run the real binary with a kill timer: a blocked read fails the test instead of hanging jest. */
const HANG_GUARD = { timeoutMs: 20_000 };

/** Symlinks of every troublesome kind, a FIFO and a unix socket next to one real secret. */
function plantTraps(dir: string): void {
  writeTree(dir, { 'real.env': `T=${S}\n`, 'outside-target/secret.env': `T=${S}\n` });
  symlinkSync('/dev/zero', join(dir, 'zero'));
  symlinkSync('/dev/urandom', join(dir, 'urandom'));
  symlinkSync('loop-b', join(dir, 'loop-a'));
  symlinkSync('loop-a', join(dir, 'loop-b'));
  symlinkSync(join(tempDir(), 'x.env'), join(dir, 'dangling'));
  const outside = tempDir();
  writeFileSync(join(outside, 'leak.env'), `T=${S}\n`);
  symlinkSync(join(outside, 'leak.env'), join(dir, 'outside-file'));
  symlinkSync(outside, join(dir, 'outside-dir'));
  execFileSync('mkfifo', [join(dir, 'fifo')]);
  // A listening unix socket left on disk (the creating process exits; the socket file stays).
  spawnSync('python3', ['-c', `import socket; socket.socket(socket.AF_UNIX).bind(${JSON.stringify(join(dir, 'sock'))})`]);
}

const LINKS = ['dangling', 'loop-a', 'loop-b', 'outside-dir', 'outside-file', 'urandom', 'zero'];

function skippedAs(report: IoReport, reason: string): string[] {
  return report.skipped
    .filter((s) => s.reason === reason)
    .map((s) => s.path)
    .sort();
}

describe('symlinks, FIFOs and sockets', () => {
  it.each([
    ['outside git', false],
    ['inside git (untracked)', true],
  ])('%s: none followed or opened, all listed', async (_name, inGit) => {
    const dir = inGit ? gitRepo({}) : tempDir();
    plantTraps(dir);
    const { code, report, paths } = await scanJson([dir], HANG_GUARD);
    expect(code).toBe(1);
    expect(paths).toEqual(['outside-target/secret.env', 'real.env']);
    expect(skippedAs(report, 'symlink')).toEqual(LINKS);
    expect(skippedAs(report, 'not-a-regular-file')).toEqual(['fifo', 'sock']);
    expect(report.problems).toEqual([]);
  });

  it('tracked symlinks in the index and in history are not read as content', async () => {
    const repo = gitRepo({ 'real.env': `T=${S}\n` });
    symlinkSync('/dev/zero', join(repo, 'zero'));
    symlinkSync('loop', join(repo, 'loop'));
    git(repo, 'add', '-A');
    const staged = await scanJson(['--staged'], { cwd: repo, ...HANG_GUARD });
    expect(staged.code).toBe(1);
    expect(skippedAs(staged.report, 'symlink')).toEqual(['loop', 'zero']);
    commitAll(repo);
    const history = await scanJson(['--history'], { cwd: repo, ...HANG_GUARD });
    expect(history.code).toBe(1);
    expect(history.paths).toEqual(['real.env']);
    expect(skippedAs(history.report, 'symlink')).toEqual(['loop', 'zero']);
  });

  it.each([['zero'], ['fifo'], ['loop-a']])('naming %s itself as the path is an error, not a hang', async (name) => {
    const dir = tempDir();
    plantTraps(dir);
    const r = await runCli(['scan', join(dir, name)], HANG_GUARD);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${name}: cannot scan`);
  });
});

describe('permissions (run as an unprivileged user)', () => {
  it.each([
    ['outside git', false],
    ['inside git', true],
  ])('%s: an unreadable file and an unreadable folder make the scan incomplete', async (_name, inGit) => {
    const dir = inGit ? gitRepo({}) : tempDir();
    writeTree(dir, { 'ok.env': `T=${S}\n`, 'locked.env': `T=${S}\n`, 'closed/inner.env': `T=${S}\n` });
    execFileSync('chown', ['-R', '65534:65534', dir]);
    chmodSync(join(dir, 'locked.env'), 0o000);
    chmodSync(join(dir, 'closed'), 0o000);
    const r = await runCliUnprivileged(['scan', '.', '-f', 'json'], dir);
    const report = JSON.parse(r.stdout) as IoReport;
    expect(r.code).toBe(2);
    expect(report.findings.map((f) => f.path)).toEqual(['ok.env']);
    expect(report.problems.map((p) => p.path).sort()).toEqual(['closed', 'locked.env']);
    expect(report.problems.find((p) => p.path === 'closed')!.message).toMatch(/^cannot read directory: (EACCES|Permission denied)$/);
    expect(r.stderr).toMatch(/scan incomplete[\s\S]*closed: cannot read directory/);
  });
});

describe('names git and terminals find hard', () => {
  const NAMES = [Buffer.from('new\nline.env'), Buffer.concat([Buffer.from('bad-'), Buffer.from([0xff, 0xfe]), Buffer.from('.env')])];
  const SHOWN = ['bad-\\xff\\xfe.env', 'new\nline.env'];

  it.each([['outside git'], ['worktree'], ['--staged'], ['--history']])('%s: found and shown with their real names', async (mode) => {
    const dir = mode === 'outside git' ? tempDir() : gitRepo({});
    for (const name of NAMES) writeFileSync(Buffer.concat([Buffer.from(dir + '/'), name]), `T=${S}\n`);
    if (mode !== 'outside git' && mode !== 'worktree') git(dir, 'add', '-A');
    if (mode === '--history') commitAll(dir);
    const args = mode.startsWith('--') ? [mode] : ['.'];
    const { code, paths, report } = await scanJson(args, { cwd: dir });
    expect(code).toBe(1);
    expect(report.problems).toEqual([]);
    // History reports a secret at every path that introduces it, as the other modes do.
    expect(paths).toEqual(SHOWN);
  });
});

describe('repositories with nothing in them', () => {
  it.each([['.'], ['--staged'], ['--history'], ['--history', '--all-objects']])('an empty repository: %s exits 0 with no problems', async (...args) => {
    const repo = gitRepo({});
    const { code, report } = await scanJson(args, { cwd: repo });
    expect(code).toBe(0);
    expect(report.problems).toEqual([]);
  });

  it('HEAD on an unborn branch while another branch has commits: each mode reads what it should', async () => {
    const repo = gitRepo({ 'old.env': `T=${S}\n` });
    commitAll(repo);
    git(repo, 'checkout', '-q', '--orphan', 'fresh');
    git(repo, 'rm', '-q', '-r', '--cached', '.');
    writeTree(repo, { 'new.env': `T=${fake('stripe.secret-key-live', 'io-traps')}\n` });
    git(repo, 'add', 'new.env');
    expect((await scanJson(['--staged'], { cwd: repo })).paths).toEqual(['new.env']);
    expect((await scanJson(['--history'], { cwd: repo })).paths).toEqual(['old.env']);
    expect((await scanJson(['.'], { cwd: repo })).paths).toEqual(['new.env', 'old.env']);
  });
});

describe('submodules', () => {
  it('are listed as unscanned in every mode and never followed', async () => {
    const sub = gitRepo({ 'inside.env': `T=${S}\n` });
    commitAll(sub);
    const repo = gitRepo({ 'top.txt': 'hello\n' });
    const env = cleanEnv();
    execFileSync('git', ['-c', 'protocol.file.allow=always', 'submodule', '-q', 'add', sub, 'libs/sub'], { cwd: repo, env });
    mkdirSync(join(repo, 'empty-sub'));
    const worktree = await scanJson(['.'], { cwd: repo });
    expect(worktree.code).toBe(0);
    expect(worktree.report.skipped).toEqual(expect.arrayContaining([{ path: 'libs/sub', reason: 'submodule' }]));
    const staged = await scanJson(['--staged'], { cwd: repo });
    expect(staged.code).toBe(0);
    expect(staged.report.skipped).toEqual(expect.arrayContaining([{ path: 'libs/sub', reason: 'submodule' }]));
    commitAll(repo);
    const history = await scanJson(['--history'], { cwd: repo });
    expect(history.code).toBe(0);
    expect(history.paths).toEqual([]);
    expect(history.report.skipped).toEqual([{ path: 'libs/sub', reason: 'submodule', commit: expect.stringMatching(/^[0-9a-f]{40}$/) }]);
    expect((history.report.summary as IoReport['summary'] & { submodulesNotScanned?: number }).submodulesNotScanned).toBe(1);
  });
});
