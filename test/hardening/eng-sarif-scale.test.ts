/**
 * Promise 8, SARIF at scale: 30,000 findings produce a SARIF file GitHub code scanning accepts: at most
 * 25,000 results in the run (the most severe), the overflow in the run's properties and notifications
 * and in the summary on stderr, at most 10 MB gzipped, and still valid against the SARIF 2.1.0 schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runCli } from '../helpers/cli';
import { fake } from '../helpers/fakes';
import { sarifErrors } from '../helpers/sarif';
import { tempDir, writeTree } from '../helpers/fs';

const GITHUB_LIMIT = 25_000;
const GZIP_LIMIT = 10 * 1024 * 1024;

// 24,000 critical GitHub tokens and 6,000 low-severity AppSync keys; the low ones sort first by path,
// so keeping the first 25,000 in report order would keep all of them and drop critical findings.
const CRITICAL = { rule: 'github.pat-classic', files: 100, perFile: 240, prefix: 'z-crit' };
const LOW = { rule: 'aws.appsync-api-key', files: 60, perFile: 100, prefix: 'a-low' };
const TOTAL = CRITICAL.files * CRITICAL.perFile + LOW.files * LOW.perFile;

/** Files of distinct fake secrets: each (file, secret) pair is its own finding. */
function plant(root: string, spec: typeof CRITICAL): void {
  const secrets = Array.from({ length: spec.perFile }, (_, i) => fake(spec.rule, `eng-sarif-${i}`));
  const body = secrets.map((s, i) => `KEY_${i}=${s}`).join('\n') + '\n';
  const files: Record<string, string> = {};
  for (let f = 0; f < spec.files; f++) files[`${spec.prefix}-${String(f).padStart(3, '0')}.env`] = body;
  writeTree(root, files);
}

describe('SARIF with more findings than GitHub accepts', () => {
  const root = tempDir('tg-sarif-scale-');
  const out = join(tempDir('tg-sarif-out-'), 'big.sarif');
  let stderr = '';
  let code = -1;
  let sarif: {
    runs: Array<{ results: Array<{ level: string; ruleId: string }>; properties: Record<string, number>; invocations: Array<{ toolExecutionNotifications: Array<{ message: { text: string } }> }> }>;
  };
  let raw: Buffer;

  beforeAll(async () => {
    plant(root, CRITICAL);
    plant(root, LOW);
    const r = await runCli(['scan', '.', '--format', 'sarif', '--output', out], { cwd: root, timeoutMs: 120_000 });
    ({ stderr, code } = r);
    raw = readFileSync(out);
    sarif = JSON.parse(raw.toString('utf8'));
  }, 180_000);

  it('finds all 30,000 and keeps 25,000 results, the most severe first', () => {
    expect(code).toBe(1);
    const run = sarif.runs[0];
    expect(run.properties.findings).toBe(TOTAL);
    expect(run.results).toHaveLength(GITHUB_LIMIT);
    expect(run.properties.resultsOmitted).toBe(TOTAL - GITHUB_LIMIT);
    const critical = run.results.filter((r) => r.ruleId === CRITICAL.rule).length;
    expect(critical).toBe(CRITICAL.files * CRITICAL.perFile);
    expect(run.results.length - critical).toBe(GITHUB_LIMIT - critical);
  });

  it('reports the overflow in the run notifications and in the summary on stderr', () => {
    const notes = sarif.runs[0].invocations[0].toolExecutionNotifications.map((n) => n.message.text);
    expect(notes.some((t) => t.includes(`${TOTAL - GITHUB_LIMIT} results beyond`))).toBe(true);
    expect(stderr).toContain(`${TOTAL} findings`);
    expect(stderr).toMatch(new RegExp(`SARIF holds ${GITHUB_LIMIT} of ${TOTAL} findings.*${TOTAL - GITHUB_LIMIT} left out`));
  });

  it('is at most 10 MB gzipped', () => {
    const gz = gzipSync(raw).length;
    // The figure goes in the hardening report; the assertion is GitHub's upload limit.
    process.stdout.write(`SARIF with ${GITHUB_LIMIT} results: ${(raw.length / 1e6).toFixed(1)} MB, ${(gz / 1e6).toFixed(2)} MB gzipped\n`);
    expect(gz).toBeLessThanOrEqual(GZIP_LIMIT);
  });

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(sarifErrors(sarif)).toEqual([]);
  });

  it('a JSON report of the same scan keeps every finding and needs no overflow warning', async () => {
    const r = await runCli(['scan', '.', '--format', 'json'], { cwd: root, timeoutMs: 120_000 });
    const report = JSON.parse(r.stdout);
    expect(report.findings).toHaveLength(TOTAL);
    expect(r.stderr).not.toMatch(/SARIF holds/);
  }, 120_000);
});
