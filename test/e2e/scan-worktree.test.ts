import { chmodSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, runInProcess } from '../helpers/cli';
import { runCliUnprivileged } from '../helpers/unprivileged';
import { fake } from '../helpers/fakes';
import { commitAll, git, gitRepo, tempDir, writeTree } from '../helpers/fs';

const GH = fake('github.pat-classic', 'worktree');
const AKID = fake('aws.access-key-id', 'worktree');
const AWS_SECRET = fake('aws.secret-access-key', 'worktree');

interface JsonReport {
  summary: { files: number; findings: number; skipped: number; bytes: number; complete: boolean };
  findings: Array<Record<string, unknown> & { path: string; line: number; column: number; ruleId: string; secret: string }>;
  skipped: Array<{ path: string; reason: string; size?: number }>;
  decoded: Array<{ path: string; as: string }>;
  problems: Array<{ path?: string; message: string }>;
}

function tree(): string {
  const dir = tempDir();
  writeTree(dir, {
    '.env': `# local settings\nGITHUB_TOKEN=${GH}\n`,
    'config/app.yaml': `aws:\n  access_key_id: ${AKID}\n  aws_secret_access_key: ${AWS_SECRET}\n`,
    'bin.dat': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, ...Buffer.from(GH)]),
    'big.txt': `token=${GH}\n`.padEnd(4096, '#'),
    'empty.txt': '',
    'crlf.txt': `one\r\ntwo\r\nkey: ${GH}\r\n`,
    'latin1.txt': Buffer.concat([Buffer.from('caf\xe9 ', 'latin1'), Buffer.from(`= ${GH}\n`)]),
    '.gitignore': 'ignored.txt\nbuild/\n',
    'ignored.txt': `GITHUB_TOKEN=${GH}\n`,
    'build/out.js': `const t = "${GH}";\n`,
  });
  symlinkSync(join(dir, '.env'), join(dir, 'link.env'));
  return dir;
}

async function scanJson(args: string[], cwd?: string): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const r = await runInProcess(['scan', ...args, '--format', 'json'], { cwd });
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
}

describe('scan: working tree outside git', () => {
  const dir = tree();

  it('reports findings with paths relative to the root, 1-based positions, and exit 1', async () => {
    const { code, report } = await scanJson([dir, '--max-file-size', '1KB', '--respect-gitignore']);
    expect(code).toBe(1);
    const got = report.findings.map((f) => `${f.ruleId} ${f.path}:${f.line}:${f.column}`).sort();
    expect(got).toEqual(
      [
        'aws.access-key-id config/app.yaml:2:18',
        'aws.secret-access-key config/app.yaml:3:26',
        // Binary content is read through its printable strings; the column counts bytes.
        'github.pat-classic bin.dat:1:7',
        'github.pat-classic .env:2:14',
        'github.pat-classic crlf.txt:3:6',
        'github.pat-classic latin1.txt:1:8',
      ].sort(),
    );
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['ruleId', 'ruleName', 'severity', 'path', 'line', 'column', 'endLine', 'endColumn', 'secret', 'secretId', 'fingerprint', 'source']));
      expect(f.source).toBe('worktree');
    }
  });

  it('lists every skipped file with its reason and never follows symlinks', async () => {
    const { report } = await scanJson([dir, '--max-file-size', '1KB', '--respect-gitignore']);
    const skipped = Object.fromEntries(report.skipped.map((s) => [s.path, s.reason]));
    expect(skipped).toEqual({ 'big.txt': 'too-large', 'link.env': 'symlink', 'ignored.txt': 'gitignored', build: 'gitignored' });
    expect(report.summary.skipped).toBe(4);
    expect(report.skipped.find((s) => s.path === 'big.txt')?.size).toBe(4096);
    // .env, config/app.yaml, bin.dat (through its strings), empty.txt, crlf.txt, latin1.txt, .gitignore
    expect(report.summary.files).toBe(7);
    expect(report.decoded).toEqual([{ path: 'bin.dat', as: 'strings' }]);
    expect(report.findings.some((f) => f.path.startsWith('build/') || f.path === 'ignored.txt')).toBe(false);
  });

  it('does not honour .gitignore files unless asked: outside git they are just data of the folder', async () => {
    const { report } = await scanJson([dir, '--max-file-size', '1KB']);
    expect(report.findings.map((f) => f.path)).toEqual(expect.arrayContaining(['ignored.txt', 'build/out.js']));
  });

  it('scans a single file given as the path', async () => {
    const { code, report } = await scanJson([join(dir, '.env')]);
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.path)).toEqual(['.env']);
  });

  it('exits 0 on a clean tree', async () => {
    const clean = tempDir();
    writeTree(clean, { 'README.md': '# nothing here\n', 'src/a.ts': 'export const x = 1;\n' });
    const r = await runInProcess(['scan', clean]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no secrets found in 2 files/);
  });
});

describe('scan: working tree inside git', () => {
  it('scans tracked and untracked files, skips ignored ones and tracked files deleted from disk', async () => {
    const repo = gitRepo({ '.gitignore': 'secret.log\n', 'tracked.env': `A=${GH}\n`, 'gone.env': `B=${GH}\n` });
    commitAll(repo);
    writeTree(repo, { 'untracked.env': `C=${GH}\n`, 'secret.log': `D=${GH}\n` });
    git(repo, 'rm', '-q', '--cached', 'gone.env');
    git(repo, 'add', 'gone.env');
    writeFileSync(join(repo, 'tracked.env'), `A=${GH}\n`);
    rmSync(join(repo, 'gone.env'));
    const { code, report } = await scanJson(['.'], repo);
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.path).sort()).toEqual(['tracked.env', 'untracked.env']);
    expect(report.problems).toEqual([]);
  });

  it('scans only the sub-directory it is given, with paths relative to it', async () => {
    const repo = gitRepo({ 'a/x.env': `A=${GH}\n`, 'b/y.env': `B=${GH}\n` });
    commitAll(repo);
    const { report } = await scanJson([join(repo, 'a')]);
    expect(report.findings.map((f) => f.path)).toEqual(['x.env']);
  });
});

describe('scan: standard input', () => {
  it('scans piped input under --stdin-name', async () => {
    const log = `step 1\nstep 2\nexport GITHUB_TOKEN=${GH}\n`;
    const r = await runInProcess(['scan', '--stdin', '--stdin-name', 'build.log', '-f', 'json'], { input: log });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings[0]).toMatchObject({ path: 'build.log', line: 3, column: 21, source: 'stdin' });
  });

  it('accepts "-" as the path and exits 0 on clean input', async () => {
    const r = await runInProcess(['scan', '-'], { input: 'all good\n' });
    expect(r.code).toBe(0);
    const r2 = await runInProcess(['scan', '-', '-f', 'json'], { input: `x=${GH}` });
    expect(r2.code).toBe(1);
    expect(JSON.parse(r2.stdout).findings[0].path).toBe('stdin');
  });

  it('scans a large log in several fragments without losing or repeating findings', async () => {
    const filler = 'INFO build step output line that is fairly long to take space\n'.repeat(150_000);
    const log = `${filler}token ${GH}\n${filler}token ${GH}\n`;
    const r = await runInProcess(['scan', '-', '-f', 'json'], { input: log });
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings.map((f) => f.line)).toEqual([150_001, 300_002]);
    expect(report.summary.bytes).toBe(Buffer.byteLength(log));
  });
});

describe('scan: output', () => {
  const dir = tree();

  it('writes the report to --output and a short summary to stderr', async () => {
    const out = join(tempDir(), 'report.sarif');
    const r = await runInProcess(['scan', dir, '-f', 'sarif', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/findings? \(.*\) in \d+ files/);
    expect(r.stderr).toContain(`sarif report written to ${out}`);
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
  });

  it('prints one text block per finding with the masked line and no colour when piped', async () => {
    const r = await runInProcess(['scan', join(dir, '.env')]);
    expect(r.stdout).toContain('GitHub personal access token (classic) [github.pat-classic] critical');
    expect(r.stdout).toContain('.env:2:14');
    expect(r.stdout).toMatch(/line: +GITHUB_TOKEN=ghp_…\S\S \(40 chars\)\n/);
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('colours text only for a terminal, and --no-color wins even when colour is forced', async () => {
    const forced = await runInProcess(['scan', join(dir, '.env'), '--no-color'], { env: cleanEnv({ FORCE_COLOR: '1' }) });
    expect(forced.stdout).not.toMatch(/\x1b\[/);
  });
});

describe('scan: errors exit 2', () => {
  it('names a path that does not exist', async () => {
    const r = await runInProcess(['scan', '/nonexistent/tokenguard-test']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\/nonexistent\/tokenguard-test: cannot scan: no such file or directory/);
  });

  it.each([
    [['scan', '--bogus'], /unknown option '--bogus'/],
    [['scan', '-f', 'xml'], /argument 'xml' is invalid/],
    [['scan', '--max-file-size', 'huge'], /--max-file-size: not a size: "huge"/],
    [['scan', '--threads', 'two'], /--threads: expected a whole number/],
    [['scan', '--stdin', 'somewhere'], /--stdin: cannot be combined with a path/],
    [['frobnicate'], /unknown command 'frobnicate'/],
  ])('rejects bad usage %j', async (args, message) => {
    const r = await runInProcess(args as string[], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
  });

  it('exits 0 for --help and --version and documents the exit codes', async () => {
    const help = await runInProcess(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Exit codes:[\s\S]*0 +no findings[\s\S]*1 +findings[\s\S]*2 +error/);
    const v = await runInProcess(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('reports an unreadable file as an incomplete scan, still listing what was found', async () => {
    const dir = tempDir();
    writeTree(dir, { 'ok.env': `T=${GH}\n`, 'locked.env': `T=${GH}\n` });
    chmodSync(join(dir, 'locked.env'), 0o000);
    chmodSync(dir, 0o755);
    const r = await runCliUnprivileged(['scan', dir, '-f', 'json']);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings.map((f) => f.path)).toEqual(['ok.env']);
    expect(report.problems).toEqual([{ path: 'locked.env', message: 'cannot open: EACCES' }]);
    expect(report.summary.complete).toBe(false);
    expect(r.stderr).toMatch(/scan incomplete[\s\S]*locked\.env: cannot open: EACCES/);
  });
});
