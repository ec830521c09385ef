/**
 * Promise 4, bounded time: adversarial inputs finish within a generous multiple of a plain read of the
 * same bytes, measured in the same test. The inputs come from bench/adversarial.js at a smaller scale
 * (`npm run bench` runs the full 50 MB / 20 MB / 100,000-file sizes and prints the ratios).
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveOverlaps, type Candidate } from '../../src/engine/detect';
import { runCli } from '../helpers/cli';
import { tempDir } from '../helpers/fs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const bench = require('../../bench/adversarial.js') as {
  makeCases(scale: Record<string, number>, root?: string): { root: string; cases: Array<{ name: string; path: string; args: string[] }> };
  timeCase(c: { name: string; path: string; args: string[] }): { name: string; plainMs: number; scanMs: number; code: number; report?: { summary: { findings: number; files: number; complete: boolean } } };
};

/** Two noisy cores: the multiple is generous, the constant covers process start-up and rule loading. */
const MULTIPLE = 60;
const CONSTANT_MS = 8000;
const SCALE = { nearMissMB: 8, longLineMB: 8, nestLevels: 30, tinyFiles: 10_000 };

describe('bounded time on adversarial inputs', () => {
  const { root, cases } = bench.makeCases(SCALE, tempDir('tg-adversarial-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  for (const c of cases) {
    it(`${c.name}: scan < ${MULTIPLE}x plain read + ${CONSTANT_MS} ms`, () => {
      const t = bench.timeCase(c);
      process.stdout.write(`${t.name}: read ${t.plainMs.toFixed(0)} ms, scan ${t.scanMs.toFixed(0)} ms\n`);
      expect(t.report?.summary.complete).toBe(true);
      expect(t.scanMs).toBeLessThan(MULTIPLE * t.plainMs + CONSTANT_MS);
      if (c.name.includes('nested')) expect(t.report?.summary.findings).toBe(1); // the password 30 levels down
      else expect(t.report?.summary.findings).toBe(0); // near misses are not secrets
      if (c.name.includes('tiny')) expect(t.report?.summary.files).toBe(SCALE.tinyFiles);
    }, 120_000);
  }

  it('a file dense with real matches (a generic assignment per line) finishes, every line a finding', () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `password=Zq${(i * 7919).toString(36)}x${(i * 104729).toString(36)}Q7\n`).join('');
    writeFileSync(join(root, 'dense.env'), lines);
    const t = bench.timeCase({ name: 'dense', path: join(root, 'dense.env'), args: ['scan', join(root, 'dense.env'), '--format', 'json', '--threads', '0'] });
    expect(t.report?.summary.findings).toBeGreaterThan(30_000);
    expect(t.scanMs).toBeLessThan(MULTIPLE * Math.max(t.plainMs, 1) * 100 + CONSTANT_MS);
  }, 120_000);

  it('settles overlaps among 200,000 candidates in well under a second per 100,000', () => {
    // Each candidate used to be compared with every other one: 4e10 comparisons here, minutes of CPU.
    const rule = (generic: boolean) => ({ def: { generic, priority: undefined } }) as unknown as Candidate['rule'];
    const candidates = Array.from({ length: 200_000 }, (_, i) => ({ start: i * 10, end: i * 10 + 8, secret: 'x', rule: rule(i % 2 === 0) }) as unknown as Candidate);
    candidates.push({ start: 5, end: 25, secret: 'y', rule: rule(false) } as unknown as Candidate);
    const t = Date.now();
    const kept = resolveOverlaps(candidates);
    expect(Date.now() - t).toBeLessThan(4000);
    // The provider candidate over [5, 25) beats the generic ones at 0 and 20, and nothing else changes.
    expect(kept).toHaveLength(200_001 - 2);
    expect(kept.some((c) => c.start === 0 || c.start === 20)).toBe(false);
  });

  it('skips a 5 GB sparse file by its size without reading it', async () => {
    const dir = tempDir('tg-sparse-');
    execFileSync('truncate', ['-s', '5G', join(dir, 'huge.bin')]);
    writeFileSync(join(dir, 'small.txt'), 'hello\n');
    const started = Date.now();
    const r = await runCli(['scan', '.', '--format', 'json'], { cwd: dir, timeoutMs: 30_000 });
    const ms = Date.now() - started;
    rmSync(dir, { recursive: true, force: true });
    const report = JSON.parse(r.stdout);
    expect(report.skipped).toEqual([expect.objectContaining({ path: 'huge.bin', reason: 'too-large' })]);
    expect(report.summary.files).toBe(1);
    expect(ms).toBeLessThan(CONSTANT_MS);
  });
});
