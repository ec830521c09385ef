import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInProcess } from '../helpers/cli';
import { fake } from '../helpers/fakes';
import { commitAll, gitRepo, tempDir, writeTree } from '../helpers/fs';

const A = fake('github.pat-classic', 'sup-a');
const B = fake('github.pat-classic', 'sup-b');

async function scan(dir: string, ...args: string[]) {
  const r = await runInProcess(['scan', '.', '-f', 'json', ...args], { cwd: dir });
  return { ...r, report: r.stdout ? JSON.parse(r.stdout) : undefined };
}

describe('inline suppressions', () => {
  const dir = tempDir();
  writeTree(dir, {
    'a.env': [`ONE=${A} # tokenguard:allow`, '# tokenguard:allow-next-line test fixture', `TWO=${A}`, `THREE=${B}`, `FOUR=${B} # gitleaks:allow`, `FIVE=${B} // pragma: allowlist secret`].join('\n'),
  });

  it('skip the marked line and the line after an allow-next-line marker, and count them', async () => {
    const { report, stderr } = await scan(dir);
    expect(report.findings.map((f: { line: number }) => f.line)).toEqual([4, 5, 6]);
    expect(report.summary.suppressed.inline).toBe(2);
    expect(stderr).toMatch(/suppressed 2 findings \(2 by inline markers\)/);
  });

  it("honour other tools' markers with --ignore-comment", async () => {
    const { report } = await scan(dir, '--ignore-comment', 'gitleaks:allow', '--ignore-comment', 'pragma: allowlist secret');
    expect(report.findings.map((f: { line: number }) => f.line)).toEqual([4]);
    expect(report.summary.suppressed.inline).toBe(4);
  });

  it('are ignored with --no-suppress', async () => {
    const { report } = await scan(dir, '--no-suppress');
    expect(report.findings.map((f: { line: number }) => f.line)).toEqual([1, 3, 4, 5, 6]);
    expect(report.summary.suppressed.inline).toBe(0);
  });
});

describe('.tokenguardignore', () => {
  async function fingerprints(dir: string): Promise<Record<number, string>> {
    const { report } = await scan(dir, '--no-suppress');
    return Object.fromEntries(report.findings.map((f: { line: number; fingerprint: string }) => [f.line, f.fingerprint]));
  }

  it('suppresses listed fingerprints, honours expiry with a warning, and reports stale entries on request', async () => {
    const dir = tempDir();
    writeTree(dir, { 'a.env': `X=${A}\nY=${B}\n` });
    const fp = await fingerprints(dir);
    writeTree(dir, {
      '.tokenguardignore': [
        '# accepted risks',
        `${fp[1]}   # rotated 2024-05, kept for the docs example`,
        `${fp[2]} expires=2001-01-01 # temporary`,
        `${'0'.repeat(31)}1 expires=2999-12-31 # gone`,
      ].join('\n'),
    });
    const r = await scan(dir, '--report-stale-ignores');
    expect(r.report.findings.map((f: { line: number }) => f.line)).toEqual([2]);
    expect(r.report.summary.suppressed.ignoreFile).toBe(1);
    expect(r.report.warnings).toEqual([
      // Messages name the line, never what it says: an entry or reason can hold a pasted secret.
      '.tokenguardignore:3: entry expired on 2001-01-01 and no longer suppresses',
      '.tokenguardignore:4: stale entry: it matched no finding',
    ]);
    expect(r.stderr).toMatch(/warning: .*expired on 2001-01-01/);
    const quiet = await scan(dir);
    expect(quiet.report.warnings).toHaveLength(1);
  });

  it('rejects a malformed line, naming the file and line', async () => {
    const dir = tempDir();
    writeTree(dir, { 'a.env': `X=${A}\n`, '.tokenguardignore': 'not-a-fingerprint\n' });
    const r = await scan(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.tokenguardignore:1: not a fingerprint');
  });

  it('is found at the repository root when scanning a sub-directory, or given with --ignore-file', async () => {
    const repo = gitRepo({ 'sub/a.env': `X=${A}\n` });
    commitAll(repo);
    const { report } = await runInProcess(['scan', 'sub', '-f', 'json', '--no-suppress'], { cwd: repo }).then((r) => ({ report: JSON.parse(r.stdout) }));
    writeFileSync(join(repo, '.tokenguardignore'), `${report.findings[0].fingerprint}\n`);
    expect((await runInProcess(['scan', 'sub'], { cwd: repo })).code).toBe(0);
    const other = join(tempDir(), 'ignore.txt');
    writeFileSync(other, '');
    expect((await runInProcess(['scan', 'sub', '--ignore-file', other], { cwd: repo })).code).toBe(1);
  });
});

describe('baselines', () => {
  it('is byte-identical when re-created on an unchanged tree, sorted, with no lines, timestamps or secrets', async () => {
    const dir = tempDir();
    writeTree(dir, { 'z.env': `X=${A}\n`, 'a.env': `Y=${B}\nZ=${A}\n` });
    const first = await runInProcess(['baseline', 'create', '.'], { cwd: dir });
    const second = await runInProcess(['baseline', 'create', '.'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const baseline = JSON.parse(first.stdout);
    expect(Object.keys(baseline)).toEqual(['version', 'identity', 'entries']);
    expect(baseline).toMatchObject({ version: 2, identity: { scheme: 'public-v2' } });
    expect(baseline.entries).toHaveLength(3);
    for (const e of baseline.entries) expect(Object.keys(e)).toEqual(['ruleId', 'path', 'secretId']);
    expect(baseline.entries.map((e: { path: string }) => e.path)).toEqual(['a.env', 'a.env', 'z.env']);
    expect(first.stdout).not.toContain(A);
    expect(first.stdout).not.toContain(B);
    expect(first.stdout).not.toMatch(/"line"|20\d\d-\d\d-\d\d/);
  });

  it('reports only new findings: a moved line is not new, another secret on the same line is', async () => {
    const dir = tempDir();
    writeTree(dir, { 'app.env': `A=1\nTOKEN=${A}\n` });
    const file = join(tempDir(), 'baseline.json');
    expect((await runInProcess(['baseline', 'create', '.', '-o', file], { cwd: dir })).code).toBe(0);
    writeTree(dir, { 'app.env': `# moved\n\n\nA=1\nTOKEN=${A}\n` });
    const moved = await scan(dir, '--baseline', file);
    expect(moved.code).toBe(0);
    expect(moved.report.summary.suppressed.baseline).toBe(1);
    writeTree(dir, { 'app.env': `A=1\nTOKEN=${B}\n` });
    const changed = await scan(dir, '--baseline', file);
    expect(changed.code).toBe(1);
    expect(changed.report.findings).toHaveLength(1);
    expect(changed.stderr).not.toMatch(/suppressed/);
    const all = await scan(dir, '--baseline', file, '--no-suppress');
    expect(all.report.findings).toHaveLength(1);
  });

  it('covers history with --history, and a bad baseline file is an error naming it', async () => {
    const repo = gitRepo({ 'old.env': `T=${A}\n` });
    commitAll(repo);
    const base = await runInProcess(['baseline', 'create', '.', '--history'], { cwd: repo });
    expect(JSON.parse(base.stdout).entries).toHaveLength(1);
    const file = join(repo, '.tokenguard-baseline.json');
    writeFileSync(file, base.stdout);
    expect((await runInProcess(['scan', '.', '--history', '--baseline', file], { cwd: repo })).code).toBe(0);
    writeFileSync(file, '{"version": 2}');
    const bad = await runInProcess(['scan', '.', '--baseline', file], { cwd: repo });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('.tokenguard-baseline.json: not a tokenguard baseline');
    expect(readFileSync(file, 'utf8')).toBe('{"version": 2}');
  });
});

describe('allowlists count as suppressions too', () => {
  it('summarises allowlisted paths and allowlisted secrets', async () => {
    const dir = tempDir();
    writeTree(dir, {
      'a.env': `X=${A}\n`,
      'fixtures/b.env': `Y=${B}\n`,
      '.tokenguardrc.json': JSON.stringify({ allowlist: { paths: ['fixtures/**'], regexes: [`${A.slice(-8)}$`] } }),
    });
    const { report, code, stderr } = await scan(dir);
    expect(code).toBe(0);
    expect(report.summary.suppressed.allowlist).toBe(1);
    expect(report.summary.allowlistedFiles).toBe(1);
    expect(stderr).toMatch(/1 file not read: allowlisted paths/);
    const all = await scan(dir, '--no-suppress');
    expect(all.report.findings).toHaveLength(2);
  });
});

describe('lockfiles', () => {
  it('are skipped and listed by default, and scanned with --scan-lockfiles', async () => {
    const dir = tempDir();
    writeTree(dir, { 'package-lock.json': `{"resolved": "https://u:${B}@registry.example.com/x.tgz"}\n` });
    const { report } = await scan(dir);
    expect(report.skipped).toEqual([{ path: 'package-lock.json', reason: 'lockfile' }]);
    const withLocks = await scan(dir, '--scan-lockfiles');
    expect(withLocks.report.findings).toHaveLength(1);
  });
});
