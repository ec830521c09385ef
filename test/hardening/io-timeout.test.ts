/**
 * --timeout-per-file: a file with a piece (a fragment, or 16 MiB of a file) that takes longer than the
 * budget becomes a skipped entry (reason "timeout") and the scan is incomplete (exit 2), never a hang and
 * never clean. A crashed detection worker costs only the file it was on. The slow piece comes from a
 * test-only hook (TOKENGUARD_TEST_STALL_PIECE, see src/scan/item.ts) that blocks the thread for longer
 * than the budget, so the outcome does not depend on how fast this machine scans. How the budget restarts
 * after each piece is tested on scripted time in test/scan/budget.test.ts.
 */
import { openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, runInProcess } from '../helpers/cli';
import { fake } from '../helpers/fakes';
import { commitAll, gitRepo, tempDir, writeTree } from '../helpers/fs';
import { linesNaming, scanJson } from './io-helpers';

const A = fake('github.pat-classic', 'io-timeout-a');
const Z = fake('stripe.secret-key-live', 'io-timeout-z');
const C = fake('github.pat-classic', 'io-timeout-c');

/** The hook that makes piece `piece` of any file whose path contains "stall-me" overrun every budget. */
const stall = (piece = 1) => cleanEnv({ TOKENGUARD_TEST_STALL_PIECE: `stall-me#${piece}` });

/** ~300 KB of ordinary code: over the size the main thread scans itself while workers boot, so a worker scans it. */
const WORKER_SIZED = 'const value = compute(input, options); // ordinary code\n'.repeat(5500);

/** Writes `mib` MiB of ordinary code lines (no secrets) in 1 MiB blocks: 17 MiB is two 16 MiB pieces. */
function writePlain(path: string, mib: number): void {
  const line = 'const value = compute(input, options); // ordinary code\n';
  const block = Buffer.from(line.repeat(Math.ceil((1 << 20) / line.length))).subarray(0, 1 << 20);
  const fd = openSync(path, 'w');
  for (let i = 0; i < mib; i++) writeSync(fd, block);
  closeSync(fd);
}

describe('--timeout-per-file', () => {
  it('stops a worker stuck on a piece, lists the file as skipped (timeout), keeps the other findings, exits 2', async () => {
    const dir = tempDir();
    writeTree(dir, { 'a.env': `T=${A}\n`, 'stall-me.txt': WORKER_SIZED, 'z.env': `T=${Z}\n` });
    const { code, report, paths, stderr } = await scanJson([dir, '--threads', '2', '--timeout-per-file', '300ms'], { env: stall(), spawn: true });
    expect(code).toBe(2);
    expect(report.summary.complete).toBe(false);
    expect(paths).toEqual(['a.env', 'z.env']);
    expect(report.skipped).toEqual([{ path: 'stall-me.txt', reason: 'timeout' }]);
    expect(report.problems).toEqual([{ path: 'stall-me.txt', message: 'not scanned: took longer than --timeout-per-file (300 ms)' }]);
    expect(linesNaming(stderr, 'stall-me.txt')).toEqual(['  stall-me.txt: not scanned: took longer than --timeout-per-file (300 ms)']);
  });

  it('control: without the hook the same tree scans complete with the same budget', async () => {
    const dir = tempDir();
    writeTree(dir, { 'a.env': `T=${A}\n`, 'stall-me.txt': WORKER_SIZED, 'z.env': `T=${Z}\n` });
    const { code, report, paths } = await scanJson([dir, '--threads', '2', '--timeout-per-file', '30s'], { spawn: true });
    expect(code).toBe(1);
    expect(report.summary.complete).toBe(true);
    expect(paths).toEqual(['a.env', 'z.env']);
    expect(report.skipped).toEqual([]);
  });

  it('applies to history blobs too, naming the commit that introduced the skipped blob', async () => {
    const repo = gitRepo({ 'a.env': `T=${A}\n`, 'stall-me.txt': WORKER_SIZED });
    const commit = commitAll(repo);
    const { code, report, paths } = await scanJson(['--history', '--threads', '2', '--timeout-per-file', '300ms'], { cwd: repo, env: stall(), spawn: true });
    expect(code).toBe(2);
    expect(paths).toEqual(['a.env']);
    expect(report.skipped).toEqual([{ path: 'stall-me.txt', reason: 'timeout', commit }]);
  });

  it('on the main thread (--threads 0) gives up on a file after a piece that overran, before its next piece', async () => {
    const dir = tempDir();
    writePlain(join(dir, 'stall-me.log'), 17);
    writeTree(dir, { 'z.env': `T=${Z}\n` });
    const { code, report, paths } = await scanJson([dir, '--threads', '0', '--max-file-size', '100MB', '--timeout-per-file', '100ms'], { env: stall(), spawn: true });
    expect(code).toBe(2);
    expect(paths).toEqual(['z.env']);
    expect(report.skipped).toEqual([{ path: 'stall-me.log', reason: 'timeout' }]);
    expect(report.summary.files).toBe(1); // the abandoned file is not counted as scanned
  });

  it('control: 0 turns the budget off; the file with the slow piece is scanned in full', async () => {
    const dir = tempDir();
    writePlain(join(dir, 'stall-me.log'), 17);
    writeTree(dir, { 'z.env': `T=${Z}\n` });
    const { code, report } = await scanJson([dir, '--threads', '0', '--max-file-size', '100MB', '--timeout-per-file', '0'], { env: stall(), spawn: true });
    expect(code).toBe(1);
    expect(report.summary.complete).toBe(true);
    expect(report.skipped).toEqual([]);
    expect(report.summary.files).toBe(2);
  });

  it.each(['abc', '-5s', '10 parsecs', '1e9h'])('rejects --timeout-per-file %s with one line naming the flag', async (bad) => {
    const r = await runInProcess(['scan', tempDir(), `--timeout-per-file=${bad}`]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')[0]).toMatch(/^tokenguard: error: --timeout-per-file: not a duration: /);
    expect(r.stdout).toBe('');
  });

  it('is documented in --help as a budget per piece, with its default', async () => {
    const r = await runInProcess(['scan', '--help']);
    expect(r.stdout).toMatch(/--timeout-per-file <duration>[\s\S]*16\s+MiB\s+piece[\s\S]*timeout[\s\S]*\(default:\s+"30s"\)/);
  });
});

describe('a crashed detection worker', () => {
  /** Three files over the inline limit, so all go to the workers in one batch, in this order. */
  function repoOfBigFiles(): string {
    const filler = 'const value = compute(input, options); // ordinary code\n'.repeat(6000);
    return gitRepo({ 'a-big.env': `${filler}T=${A}\n`, 'crash-me.env': `${filler}T=${C}\n`, 'z-big.env': `${filler}T=${Z}\n` });
  }

  it('loses only the file it was on: exit 2, that file named, findings before and after it kept', async () => {
    const repo = repoOfBigFiles();
    const env = { TOKENGUARD_TEST_CRASH_WORKER_ON: 'crash-me' };
    const { code, report, paths, stderr } = await scanJson(['.', '--threads', '2'], { cwd: repo, env: cleanEnv(env), spawn: true });
    expect(code).toBe(2);
    expect(paths).toEqual(['a-big.env', 'z-big.env']);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toEqual({ path: 'crash-me.env', message: expect.stringMatching(/^not scanned: the detection worker crashed: .*test crash.* while scanning it$/) });
    expect(linesNaming(stderr, 'crash-me.env')).toHaveLength(1);
  });

  it('control: the test hook is inert when the variable is unset, and the same tree scans clean of problems', async () => {
    const repo = repoOfBigFiles();
    const { code, report, paths } = await scanJson(['.', '--threads', '2'], { cwd: repo, spawn: true });
    expect(code).toBe(1);
    expect(report.problems).toEqual([]);
    expect(paths).toEqual(['a-big.env', 'crash-me.env', 'z-big.env']);
  });
});
