/**
 * Promise 4, bounded time: work grows linearly with the input on adversarial inputs (the generators of
 * bench/adversarial.js). No wall-clock limit is asserted here: each check compares the CPU time of the
 * same work on n and 4n in one process (linear gives a ratio of about 4, quadratic 16; the bound of 10
 * leaves room for noise), or counts operations. `npm run bench` times the full 50 MB / 20 MB / 100,000-file
 * sizes against a plain read and checks the absolute limits.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/engine/analyze';
import { resolveOverlaps, type Candidate } from '../../src/engine/detect';
import { CompiledRule } from '../../src/engine/compiled-rule';
import { keyNameFilter } from '../../src/engine/filters';
import { keyWordsOf } from '../../src/engine/generic/keys';
import { safeText } from '../../src/report/escape';
import { buildRuleSet, selectRules } from '../../src/rules/registry';
import { runInProcess } from '../helpers/cli';
import { frag } from '../helpers/engine';
import { tempDir } from '../helpers/fs';

const bench = require('../../bench/adversarial.js') as {
  nearMissText(bytes: number, seed: number, oneLine?: boolean): string;
  nestedBase64(levels: number): string;
  denseAssignments(lines: number): string;
  tinyFiles(dir: string, count: number): void;
};

/**
 * 4x the input may cost at most this many times the time: linear is about 4, quadratic 16. The sizes
 * (125,000 bytes and 1,000 lines, against four times as many) cost half the CPU of twice those sizes.
 * Measured ratios at them: 4.1, 6.2, 3.9 (one long line of near misses gave 8.4 at twice the size).
 * With three busy loops on the two cores they read 4.2 to 6.9, the base64 line (40,000 bytes) 5.5 to
 * 5.8 and the long key (30,000 capitals) 4.5 to 5.0. Each small size takes about 10 ms of CPU or more.
 */
const MAX_RATIO = 10;

/** Made-up values a generic rule reads as a password or secret. */
const PASSWORD = 'Xk9#mQ2vLp7wZ'; // tokenguard:allow (a made-up test value)
const SECRET = 'Qv7mT2xK9pL4wZ8r'; // tokenguard:allow (a made-up test value)

/** CPU time this process has used (all its threads), in ms: unlike wall time, other work on the machine barely moves it. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** CPU time of one run of `fn`, in ms. */
function runMs(fn: () => unknown): number {
  const t = cpuMs();
  fn();
  return cpuMs() - t;
}

/**
 * The least CPU time of five runs of each of `a` and `b`, in ms, taken in turns: a busy machine slows a
 * phase of the test, not one size (CPU time still grows under load: caches and cores are shared, and
 * the count includes V8's GC threads). Three runs of one size, then three of the other, once measured a
 * linear scan at a ratio of 10.08 in CI.
 */
function bestMsOfEach(a: () => unknown, b: () => unknown): [number, number] {
  const best: [number, number] = [Infinity, Infinity];
  for (let i = 0; i < 5; i++) {
    best[0] = Math.min(best[0], runMs(a));
    best[1] = Math.min(best[1], runMs(b));
  }
  return best;
}

describe('linear time on adversarial inputs', () => {
  const ruleSet = buildRuleSet(selectRules({}));
  const scan = (text: string, path?: string) => analyze(frag(text, path), ruleSet);

  /** Times the engine on the input (as a file at `path`) at size n and 4n; returns the ratio and the findings at 4n. */
  function ratio(make: (n: number) => string, n: number, path?: string) {
    const small = make(n);
    const large = make(4 * n);
    // Warm-up of both sizes: lazy rule compilation, and the JIT's tiers, which once made a 3 ms run of
    // the small size read as 11x cheaper than the large one in CI.
    scan(small, path);
    scan(large, path);
    const ms = bestMsOfEach(
      () => scan(small, path),
      () => scan(large, path),
    );
    return { ratio: ms[1] / ms[0], ms, findings: scan(large, path) };
  }

  it('near-miss prefixes: 4x the text costs at most 10x the CPU time, and none is a finding', () => {
    const r = ratio((n) => bench.nearMissText(n, 1), 125_000);
    expect(r.findings).toEqual([]);
    expect(r.ratio).toBeLessThan(MAX_RATIO);
  });

  it('one long line of near misses: 4x the line costs at most 10x the CPU time, and none is a finding', () => {
    const r = ratio((n) => bench.nearMissText(n, 2, true), 125_000);
    expect(r.findings).toEqual([]);
    expect(r.ratio).toBeLessThan(MAX_RATIO);
  });

  it('one long line of many base64 pieces: 4x the line costs at most 10x the CPU time (each level decodes only what the last one decoded)', () => {
    // Every piece is its own span; rescanning the whole line under every span, at every level, was exponential.
    const pieces = (n: number) => {
      let s = '';
      for (let i = 0; s.length < n; i++) s += Buffer.from(`certificate block ${i} `).toString('base64');
      return `ca:\n  bundle: ${s.slice(0, n)}\n`;
    };
    const r = ratio(pieces, 40_000);
    expect(r.findings).toEqual([]);
    expect(r.ratio).toBeLessThan(MAX_RATIO);
  });

  it('a file dense with real matches: 4x the lines costs at most 10x the CPU time, most lines a finding', () => {
    const r = ratio((n) => bench.denseAssignments(n), 1_000);
    expect(r.findings.length).toBeGreaterThan(0.75 * 4_000);
    expect(r.ratio).toBeLessThan(MAX_RATIO);
  });

  it('a password under a long key of capitals: 4x the key costs at most 10x the CPU time, and it is found', () => {
    // The key's words were split by a backtracking regex: 180 KB of such lines took 15 s to scan.
    // 30,000 capitals, not fewer: at 15,000 a run took 3 ms, short enough for noise to set the ratio.
    const r = ratio((n) => `${'A'.repeat(n)}PASSWORD = "${PASSWORD}"\n`, 30_000, 'app.cfg');
    expect(r.findings.map((f) => f.secret)).toEqual([PASSWORD]);
    expect(r.ratio).toBeLessThan(MAX_RATIO);
  });

  it('settles overlaps among n and 2n candidates with O(n log n) reads of their positions, not O(n²)', () => {
    // Each candidate used to be compared with every other one: 4e10 comparisons at 200,000 candidates.
    const reads = (n: number) => {
      let count = 0;
      const rule = (generic: boolean) => ({ def: { generic, priority: undefined } }) as unknown as Candidate['rule'];
      const candidate = (start: number, end: number, generic: boolean) =>
        ({
          get start() {
            count++;
            return start;
          },
          get end() {
            count++;
            return end;
          },
          secret: 'x',
          rule: rule(generic),
        }) as unknown as Candidate;
      const candidates = Array.from({ length: n }, (_, i) => candidate(i * 10, i * 10 + 8, i % 2 === 0));
      candidates.push(candidate(5, 25, false));
      const kept = resolveOverlaps(candidates);
      // The provider candidate over [5, 25) beats the generic ones at 0 and 20, and nothing else changes.
      expect(kept).toHaveLength(n + 1 - 2);
      expect(kept.some((c) => c.start === 0 || c.start === 20)).toBe(false);
      return count;
    };
    const n = 20_000;
    const [small, large] = [reads(n), reads(2 * n)];
    expect(small).toBeLessThan(n * 60); // n log n is about 15n here; n² would be 20,000n
    expect(large / small).toBeLessThan(2.5); // doubling: n log n gives about 2.1, n² gives 4
  });
});

describe('whole scans of adversarial trees', () => {
  it('finds the password 30 levels of base64 down with --decode-depth 30, and only it', async () => {
    const dir = tempDir('tg-adversarial-');
    writeFileSync(join(dir, 'nested.yaml'), bench.nestedBase64(30));
    const r = await runInProcess(['scan', 'nested.yaml', '--format', 'json', '--decode-depth', '30'], { cwd: dir });
    const report = JSON.parse(r.stdout);
    expect(report.summary.complete).toBe(true);
    expect(report.summary.findings).toBe(1);
  });

  it('many tiny files: 4x the files costs at most 10x the CPU time, and every file is counted', async () => {
    const scanDir = async (count: number) => {
      const dir = tempDir('tg-adversarial-');
      bench.tinyFiles(dir, count);
      const t = cpuMs();
      const r = await runInProcess(['scan', '.', '--format', 'json', '--threads', '0'], { cwd: dir });
      const ms = cpuMs() - t;
      const report = JSON.parse(r.stdout);
      expect(report.summary).toMatchObject({ files: count, findings: 0, complete: true });
      return ms;
    };
    await scanDir(200); // warm-up: loading the CLI and the rules
    const [small, large] = [await scanDir(500), await scanDir(2_000)];
    expect(large / small).toBeLessThan(MAX_RATIO);
  });

  it("the helpers' own regexes (V8's, not RE2) stay linear on long keys and on long runs of blank lines", () => {
    // A generic match whose key is one long dotted run that no assignment ends: V8 retried the key's
    // identifier from every start, 4x the key costing 16x.
    const rule = new CompiledRule({
      id: 'test.generic',
      name: 'test',
      description: 'test',
      severity: 'high',
      generic: true,
      keywords: ['x'],
      regex: '(x)',
      tags: [],
      references: [],
      examples: { positive: [], negative: [] },
    } as never);
    const keyed = (n: number) => {
      const input = { secret: SECRET, match: `${'a.'.repeat(n)}(${SECRET}`, after: '', rule, ruleSet: undefined as never, fragment: frag('') };
      return () => keyNameFilter(input);
    };
    const [keySmall, keyLarge] = bestMsOfEach(keyed(20_000), keyed(80_000));
    expect(keyNameFilter({ secret: SECRET, match: `${'a.'.repeat(100)}(${SECRET}`, after: '', rule, ruleSet: undefined as never, fragment: frag('') })).toBeUndefined();
    expect(keyLarge / Math.max(keySmall, 1)).toBeLessThan(MAX_RATIO);
    // A key of capitals (keys are not bounded in length): it is split into words before it is judged.
    const capitals = (n: number) => () => keyWordsOf(`${'A'.repeat(n)}Password`);
    expect(keyWordsOf('HTTPServerPassword')).toEqual(['http', 'server', 'password']);
    const [capsSmall, capsLarge] = bestMsOfEach(capitals(20_000), capitals(80_000));
    expect(capsLarge / Math.max(capsSmall, 1)).toBeLessThan(MAX_RATIO);
    // Blank lines before a line that must not start a workflow command, in any text printed to a CI log.
    const blank = (n: number) => () => safeText(`${'\n'.repeat(n)}::error::x`);
    expect(safeText('\n\n  ::error::x')).toBe('\n\n  \\x3a:error::x');
    const [textSmall, textLarge] = bestMsOfEach(blank(20_000), blank(80_000));
    expect(textLarge / Math.max(textSmall, 1)).toBeLessThan(MAX_RATIO);
  });

  it('skips a 5 GB sparse file by its size: no byte of it is counted as read', async () => {
    const dir = tempDir('tg-sparse-');
    mkdirSync(join(dir, 'big'));
    execFileSync('truncate', ['-s', '5G', join(dir, 'big', 'huge.bin')]);
    writeFileSync(join(dir, 'small.txt'), 'hello\n');
    const r = await runInProcess(['scan', '.', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout);
    expect(report.skipped).toEqual([expect.objectContaining({ path: 'big/huge.bin', reason: 'too-large', size: 5 * 2 ** 30 })]);
    expect(report.summary).toMatchObject({ files: 1, bytes: 6 });
  });
});
