/**
 * The project holds no realistic token: `tokenguard scan .` over its own tracked files (with the
 * repository's own .tokenguardrc.yaml) finds nothing. Test values that a rule must match carry an
 * inline `tokenguard:allow` marker; realistic ones are generated at test time (helpers/fakes.ts).
 * The tracked files are copied out first, so untracked scratch files in a checkout do not count.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, lstatSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, runCli } from '../helpers/cli';
import { tempDir } from '../helpers/fs';

interface JsonReport {
  summary: { findings: number; complete: boolean; files: number };
  findings: Array<{ path: string; line: number; ruleId: string; secret: string }>;
}

function trackedCopy(): string {
  const dir = tempDir();
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\0')
    .filter(Boolean);
  for (const f of files) {
    const from = join(ROOT, f);
    // A file deleted in the checkout but not yet from the index is not there to copy.
    const st = lstatSync(from, { throwIfNoEntry: false });
    if (!st?.isFile()) continue;
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    copyFileSync(from, join(dir, f));
  }
  return dir;
}

describe("the project's own files", () => {
  it('hold no secret a scan of them reports', async () => {
    const dir = trackedCopy();
    const r = await runCli(['scan', '.', '--format', 'json'], { cwd: dir, timeoutMs: 120_000 });
    const report = JSON.parse(r.stdout) as JsonReport;
    // Listed on failure: which file and rule, the secret redacted as in every report.
    expect(report.findings.map((f) => `${f.path}:${f.line} ${f.ruleId} ${f.secret}`)).toEqual([]);
    expect(report.summary.complete).toBe(true);
    expect(report.summary.files).toBeGreaterThan(500);
    expect(r.code).toBe(0);
  }, 180_000);
});
