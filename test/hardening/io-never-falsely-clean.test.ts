/**
 * Never falsely clean: whatever could not be read makes the exit code 2, one stderr line names it,
 * and the JSON report still holds what the other files yielded. Damage is real: objects deleted or
 * cut short on disk, a pack with flipped bytes, a `git` first on PATH that really dies mid-stream,
 * a file the scanning user cannot read, a file that really vanishes between listing and reading.
 * (A crashed worker is covered in io-timeout.test.ts, next to the pool's other recovery path.)
 */
import { chmodSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fake } from '../helpers/fakes';
import { commitAll, git, gitRepo, tempDir, writeTree } from '../helpers/fs';
import { runCliUnprivileged } from '../helpers/unprivileged';
import { gitWrapperEnv, linesNaming, scanJson, wrapperFired, type IoReport } from './io-helpers';

const A = fake('github.pat-classic', 'io-clean-a');
const Z = fake('stripe.secret-key-live', 'io-clean-z');
/** Enough text that git's output is cut inside this blob, not between objects. */
const MIDDLE = Array.from({ length: 3000 }, (_, i) => `line ${i} of ordinary text`).join('\n') + '\n';

/** a.env and z.env hold secrets; middle.txt sits between them in every listing order git uses. */
function threeFiles(): string {
  return gitRepo({ 'a.env': `T=${A}\n`, 'middle.txt': MIDDLE, 'z.env': `T=${Z}\n` });
}

function objectFile(repo: string, id: string): string {
  return join(repo, '.git', 'objects', id.slice(0, 2), id.slice(2));
}

/** The common verdict: exit 2, only `lost` unscanned (one problem, one stderr line), the other two files' findings kept. */
function expectOnlyLost(r: { code: number; report: IoReport; paths: string[]; stderr: string }, lost: string, why: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.report.summary.complete).toBe(false);
  expect(r.paths).toEqual(['a.env', 'z.env']);
  expect(r.report.problems).toEqual([{ path: lost, message: expect.stringMatching(why) }]);
  expect(linesNaming(r.stderr, lost)).toHaveLength(1);
}

describe('damaged repositories', () => {
  it.each([['--history'], ['--staged']])('a missing object (%s)', async (mode) => {
    const repo = threeFiles();
    if (mode === '--history') commitAll(repo);
    else git(repo, 'add', '-A');
    unlinkSync(objectFile(repo, git(repo, 'rev-parse', ':middle.txt').trim()));
    expectOnlyLost(await scanJson([mode], { cwd: repo }), 'middle.txt', /is missing from the repository/);
  });

  it.each([['--history'], ['--staged']])('a truncated loose object (%s)', async (mode) => {
    const repo = threeFiles();
    if (mode === '--history') commitAll(repo);
    else git(repo, 'add', '-A');
    const file = objectFile(repo, git(repo, 'rev-parse', ':middle.txt').trim());
    const bytes = readFileSync(file);
    chmodSync(file, 0o644);
    writeFileSync(file, bytes.subarray(0, bytes.length >> 1));
    expectOnlyLost(await scanJson([mode], { cwd: repo }), 'middle.txt', /^not scanned: git cat-file exited with code \d+: (fatal|error): /);
  });

  it('a corrupt pack: bytes flipped inside one packed blob', async () => {
    const repo = threeFiles();
    commitAll(repo);
    git(repo, 'repack', '-q', '-a', '-d');
    git(repo, 'prune-packed');
    const id = git(repo, 'rev-parse', 'HEAD:middle.txt').trim();
    const pack = join(repo, '.git', 'objects', 'pack', readdirSync(join(repo, '.git', 'objects', 'pack')).find((f) => f.endsWith('.pack'))!);
    const line = git(repo, 'verify-pack', '-v', pack.replace(/\.pack$/, '.idx'))
      .split('\n')
      .find((l) => l.startsWith(id))!;
    const offset = Number(line.trim().split(/\s+/)[4]);
    const bytes = readFileSync(pack);
    bytes.fill(0xff, offset + 20, offset + 28);
    chmodSync(pack, 0o644);
    writeFileSync(pack, bytes);
    expectOnlyLost(await scanJson(['--history'], { cwd: repo }), 'middle.txt', /^not scanned: git cat-file exited with code \d+: (fatal|error): /);
  });
});

describe('git dying mid-stream', () => {
  // The wrapper lets the real git answer, cuts its output after 3000 bytes (inside middle.txt) and kills itself.
  const killCatFile = 'cat-file --batch';
  const action = '"$REAL" "$@" | head -c 3000; kill -9 $$';

  it.each([['--history'], ['--staged']])('cat-file killed inside a blob (%s): a fresh cat-file reads the rest', async (mode) => {
    const repo = threeFiles();
    if (mode === '--history') commitAll(repo);
    else git(repo, 'add', '-A');
    // Fired by the first cat-file sent a request, not the first started: history starts a spare too.
    const env = gitWrapperEnv(killCatFile, action, { onInput: true });
    const r = await scanJson([mode], { cwd: repo, env });
    expect(wrapperFired(env)).toBe(true);
    expectOnlyLost(r, 'middle.txt', /^not scanned: git cat-file was killed by SIGKILL/);
  });

  it('git log killed mid-walk: the problem says where the walk stopped', async () => {
    const repo = gitRepo({ 'a.env': `T=${A}\n` });
    commitAll(repo, 'one');
    for (let i = 0; i < 200; i++) writeTree(repo, { [`f${i}.txt`]: `${i}\n` });
    commitAll(repo, 'two');
    const env = gitWrapperEnv('log', '"$REAL" "$@" | head -c 600; kill -9 $$');
    const { code, report, paths, stderr } = await scanJson(['--history'], { cwd: repo, env });
    expect(code).toBe(2);
    expect(paths).toEqual(['a.env']);
    expect(report.problems).toEqual([{ message: expect.stringMatching(/^history walk failed \(commits after [0-9a-f]{40} were not walked\): git log was killed by SIGKILL/) }]);
    expect(stderr).toMatch(/scan incomplete[\s\S]*history walk failed/);
  });

  it('git ls-files dying fails the worktree scan with exit 2 and git named', async () => {
    const repo = threeFiles();
    commitAll(repo);
    const env = gitWrapperEnv('--stage', 'kill -9 $$');
    const { code, report, stderr } = await scanJson(['.'], { cwd: repo, env });
    expect(code).toBe(2);
    expect(report.summary.complete).toBe(false);
    expect(stderr).toMatch(/scan stopped: git ls-files was killed by SIGKILL/);
  });
});

describe('files that cannot be read', () => {
  it('an unreadable tracked file in a repository (run as an unprivileged user)', async () => {
    const repo = threeFiles();
    commitAll(repo);
    // The scanning user owns the repository (git refuses others' repositories) but may not read middle.txt.
    execFileSync('chown', ['-R', '65534:65534', repo]);
    chmodSync(join(repo, 'middle.txt'), 0o000);
    const r = await runCliUnprivileged(['scan', '.', '-f', 'json'], repo);
    const report = JSON.parse(r.stdout) as IoReport;
    const run = { code: r.code, report, stderr: r.stderr, paths: report.findings.map((f) => f.path).sort() };
    expectOnlyLost(run, 'middle.txt', /^cannot open: EACCES$/);
  });

  it('a file that vanishes between listing and reading', async () => {
    const repo = threeFiles();
    commitAll(repo, 'base');
    writeTree(repo, { 'gone.env': `T=${A}\n` });
    // Untracked files come from `ls-files --others --exclude-standard`: the wrapper lets git list gone.env,
    // then deletes it. (The listing of ignored files, `--others --ignored`, runs at the same time: had the
    // wrapper fired on whichever came first, it sometimes deleted the file before it was listed.)
    const env = gitWrapperEnv('--others --exclude-standard', `"$REAL" "$@"; rm -f '${join(repo, 'gone.env')}'; exit 0`);
    const r = await scanJson(['.'], { cwd: repo, env });
    expect(wrapperFired(env)).toBe(true);
    expect(r.code).toBe(2);
    expect(r.paths).toEqual(['a.env', 'z.env']);
    expect(r.report.problems).toEqual([{ path: 'gone.env', message: 'file disappeared before it could be read' }]);
    expect(linesNaming(r.stderr, 'gone.env')).toHaveLength(1);
  });
});

describe('a shallow clone', () => {
  it.each([['.'], ['--history']])('is scanned with a warning in the summary (%s)', async (mode) => {
    const origin = gitRepo({ 'old.env': `T=${A}\n` });
    commitAll(origin, 'one');
    rmSync(join(origin, 'old.env'));
    writeTree(origin, { 'new.env': `T=${Z}\n` });
    commitAll(origin, 'two');
    const clone = join(tempDir(), 'clone');
    git(origin, 'clone', '-q', '--depth', '1', `file://${origin}`, clone);
    const { code, report, paths, stderr } = await scanJson([mode], { cwd: clone });
    expect(code).toBe(1);
    expect(paths).toEqual(['new.env']);
    expect(report.summary.shallow).toBe(true);
    expect(stderr).toMatch(/^tokenguard: warning: the repository is a shallow clone; history before its boundary was not scanned$/m);
  });
});
