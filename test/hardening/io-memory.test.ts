/**
 * Bounded memory: peak RSS stays under 500 MiB on a 640 MiB file, whether it is skipped by size (the
 * default) or, with --max-file-size 2GB, streamed in pieces to the end, and on a history with large
 * blobs. The file is larger than the limit and than the longest string V8 can hold (512 MiB), so a
 * scanner that read it whole, or decoded it into one string, could not pass (it was 1 GiB, which
 * proved no more and took 60% longer to scan). It is sparse (cheap to make) with text at both ends,
 * so the secret in its last line proves the whole file went through. The multi-GB history measurement lives in bench/memory.js.
 * Every run passes --timeout-per-file 0: these tests measure memory, and on a loaded machine a time
 * budget could stop a piece and turn the run into a timeout instead.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fake } from '../helpers/fakes';
import { gitRepo, tempDir } from '../helpers/fs';
import { cleanEnv } from '../helpers/cli';
import { runWithPeakRss, type IoReport } from './io-helpers';

const S = fake('github.pat-classic', 'io-memory');
/** 640 MiB: 40 pieces of 16 MiB. */
const SIZE = 640 * (1 << 20);
const LIMIT_MIB = 500;
const NO_BUDGET = ['--timeout-per-file', '0'];

/** A sparse 640 MiB file: 1 MiB of code at the start, a secret on its last line, holes (zeros) between. */
function sparseFile(dir: string): string {
  const file = join(dir, 'huge.log');
  const line = 'const value = compute(input, options); // ordinary code\n';
  const fd = openSync(file, 'w');
  writeSync(fd, line.repeat(Math.floor((1 << 20) / line.length)));
  const tail = Buffer.from(`\nT=${S}\n`);
  writeSync(fd, tail, 0, tail.length, SIZE - tail.length);
  closeSync(fd);
  return file;
}

describe('peak memory', () => {
  it('a 640 MiB file is skipped by size by default', async () => {
    const dir = tempDir();
    sparseFile(dir);
    const r = await runWithPeakRss(['scan', '.', '-f', 'json', ...NO_BUDGET], dir);
    const report = JSON.parse(r.stdout) as IoReport;
    expect(r.code).toBe(0);
    expect(report.skipped).toEqual([{ path: 'huge.log', reason: 'too-large', size: SIZE }]);
    expect(r.peakMiB).toBeGreaterThan(0);
    expect(r.peakMiB).toBeLessThan(LIMIT_MIB);
  });

  it('with --max-file-size 2GB the 640 MiB file is streamed to its last line within the limit', async () => {
    const dir = tempDir();
    sparseFile(dir);
    const r = await runWithPeakRss(['scan', '.', '-f', 'json', '--max-file-size', '2GB', ...NO_BUDGET], dir);
    const report = JSON.parse(r.stdout) as IoReport & { summary: { bytes: number } };
    expect(r.code).toBe(1);
    expect(report.summary.bytes).toBe(SIZE);
    expect(report.findings.map((f) => f.path)).toEqual(['huge.log']);
    expect(r.peakMiB).toBeLessThan(LIMIT_MIB);
  }, 600_000); // a hang guard: reading 640 MiB on a loaded 2-core machine can take minutes

  it('a history of 400 commits and 60 MB of blobs, with 4 MB blobs among them, stays within the limit', async () => {
    const repo = gitRepo({});
    execFileSync('git', ['fast-import', '--quiet'], { cwd: repo, env: cleanEnv(), input: fastImportScript(400) });
    const r = await runWithPeakRss(['scan', '--history', '-f', 'json', '--max-file-size', '20MB', ...NO_BUDGET], repo);
    const report = JSON.parse(r.stdout) as IoReport;
    expect(r.code).toBe(1);
    expect(report.summary.complete).toBe(true);
    expect(report.summary.files).toBeGreaterThan(400);
    expect(report.findings.length).toBe(8);
    expect(r.peakMiB).toBeLessThan(LIMIT_MIB);
  }, 600_000); // a hang guard: a history scan on a loaded 2-core machine can take minutes
});

/** A git fast-import stream: `commits` commits of ~120 KB each, a 4 MB blob every 50th, a secret every 50th. */
function fastImportScript(commits: number): Buffer {
  const parts: string[] = [];
  const filler = (n: number, seed: number) => `// ${seed}\n${'let x = call(a, b); // text\n'.repeat(Math.ceil(n / 28))}`;
  for (let c = 1; c <= commits; c++) {
    const files: Array<[string, string]> = [[`src/f${c % 40}.ts`, filler(120_000, c)]];
    if (c % 50 === 0) files.push([`assets/big${c}.log`, filler(4_000_000, c)]);
    if (c % 50 === 25) files.push([`leaks/l${c}.env`, `T=${fake('github.pat-classic', `io-memory-${c}`)}\n`]);
    parts.push(`commit refs/heads/main\ncommitter T <t@example.com> ${1_600_000_000 + c} +0000\ndata 1\nc\n`);
    for (const [path, text] of files) parts.push(`M 100644 inline ${path}\ndata ${Buffer.byteLength(text)}\n${text}\n`);
  }
  return Buffer.from(parts.join(''));
}
