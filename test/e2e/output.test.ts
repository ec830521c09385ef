/**
 * Output details people meet every day: inventory order and escaping, revoke's exit code, colour
 * switches (FORCE_COLOR, NO_COLOR, --no-color) and the warning about raw secrets in SARIF. Run
 * in-process (runInProcess) on real git repositories in temp folders.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, ROOT, runInProcess } from '../helpers/cli';
import { fake } from '../helpers/fakes';
import { commitAll, gitRepo, tempDir, writeTree } from '../helpers/fs';

const made: string[] = [];
const repo = (files: Record<string, string> = {}) => {
  const dir = gitRepo(files);
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

const GH = fake('github.pat-classic', 'output'); // critical, has a revoker
const STRIPE = fake('stripe.secret-key-live', 'output'); // critical, no revoker
const SLACK = fake('slack.webhook-url', 'output'); // medium

describe('inventory', () => {
  it('lists the most severe first, and within a severity what HEAD still has before history-only secrets', async () => {
    const dir = repo({ 'pay.env': `STRIPE_KEY=${STRIPE}\n`, 'gh.env': `GITHUB_TOKEN=${GH}\n` });
    commitAll(dir, 'first', '2024-01-01T00:00:00Z');
    rmSync(join(dir, 'pay.env'));
    commitAll(dir, 'drop stripe', '2024-02-01T00:00:00Z');
    // The newest sighting is the least severe secret: date order alone would list it first.
    writeTree(dir, { 'hook.env': `SLACK_WEBHOOK=${SLACK}\n` });
    commitAll(dir, 'slack', '2025-01-01T00:00:00Z');
    const r = await runInProcess(['inventory', '--history', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const secrets = (JSON.parse(r.stdout) as { secrets: Array<{ ruleId: string; inHead: boolean; severity: string }> }).secrets;
    expect(secrets.map((s) => [s.ruleId, s.severity, s.inHead])).toEqual([
      ['github.pat-classic', 'critical', true],
      ['stripe.secret-key-live', 'critical', false],
      ['slack.webhook-url', 'medium', true],
    ]);
  });

  it('keeps each entry on its own lines: a multi-line secret and a path with a newline are escaped', async () => {
    const key = fake('private-key.rsa', 'output');
    expect(key).toContain('\n');
    const dir = repo({ id_rsa: `${key}\n`, 'odd\nname.env': `GITHUB_TOKEN=${GH}\n` });
    const r = await runInProcess(['inventory', '--show-secrets'], { cwd: dir });
    expect(r.code).toBe(1);
    const blocks = r.stdout.trimEnd().split('\n\n');
    expect(blocks).toHaveLength(3); // two entries and the count line
    for (const b of blocks.slice(0, 2)) {
      expect(b.split('\n').length).toBeLessThanOrEqual(5);
      expect(
        b
          .split('\n')
          .slice(1)
          .every((l) => l.startsWith('  ')),
      ).toBe(true);
    }
    expect(r.stdout).toContain('-----BEGIN RSA PRIVATE KEY-----\\n');
    expect(r.stdout).toContain('paths: odd\\nname.env');
  });
});

describe('revoke exit code', () => {
  async function reportOf(files: Record<string, string>): Promise<string> {
    const dir = repo(files);
    const out = join(tempDir('tg-report-'), 'report.json');
    made.push(join(out, '..'));
    expect((await runInProcess(['scan', dir, '--format', 'json', '-o', out])).code).toBe(1);
    return out;
  }

  it('is 2 in a dry run when a secret has no revoker, as its help says', async () => {
    const report = await reportOf({ 'a.env': `GITHUB_TOKEN=${GH}\n`, 'b.env': `STRIPE_KEY=${STRIPE}\n` });
    const r = await runInProcess(['revoke', '--report', report]);
    expect(r.stdout).toMatch(/no revoker\s+stripe\.secret-key-live/);
    expect(r.stdout).toMatch(/would revoke\s+github\.pat-classic/);
    expect(r.code).toBe(2);
  });

  it('is 0 in a dry run when every chosen secret can be revoked', async () => {
    const report = await reportOf({ 'a.env': `GITHUB_TOKEN=${GH}\n`, 'b.env': `STRIPE_KEY=${STRIPE}\n` });
    const r = await runInProcess(['revoke', '--report', report, '--rule', 'github.*']);
    expect(r.code).toBe(0);
  });
});

describe('colour', () => {
  const ESC = '\u001b[';
  let dir = '';
  beforeAll(() => {
    dir = repo({ 'a.env': `GITHUB_TOKEN=${GH}\n` });
  });
  const scan = (env: NodeJS.ProcessEnv, tty: boolean, ...extra: string[]) => runInProcess(['scan', '.', ...extra], { cwd: dir, env: cleanEnv(env), tty });

  it.each([
    ['a terminal', {}, true, true],
    ['a pipe', {}, false, false],
    ['FORCE_COLOR=1 on a pipe (a CI log)', { FORCE_COLOR: '1' }, false, true],
    ['FORCE_COLOR set but empty', { FORCE_COLOR: '' }, false, true],
    ['FORCE_COLOR=0 on a terminal', { FORCE_COLOR: '0' }, true, false],
    ['NO_COLOR on a terminal', { NO_COLOR: '1' }, true, false],
    ['FORCE_COLOR over NO_COLOR, as in Node', { NO_COLOR: '1', FORCE_COLOR: '1' }, false, true],
  ])('%s', async (_name, env, tty, coloured) => {
    const r = await scan(env, tty);
    expect(r.code).toBe(1);
    expect(r.stdout.includes(ESC)).toBe(coloured);
  });

  // In-process runs (jest cannot import() an ES module) use the ANSI fallback; the built CLI uses chalk.
  (existsSync(join(ROOT, 'dist', 'cli', 'setup.js')) ? it : it.skip)('the built CLI takes its colours from chalk (loaded with import())', () => {
    const setup = JSON.stringify(join(ROOT, 'dist', 'cli', 'setup.js'));
    const script = `const s = require(${setup});
      (async () => {
        const on = await s.styleFor({ env: { FORCE_COLOR: '1' }, stdout: { isTTY: false } }, true, false);
        const off = await s.styleFor({ env: {}, stdout: { isTTY: false } }, true, false);
        process.stdout.write(JSON.stringify({ fromChalk: on !== s.ANSI, red: on.red('x'), plain: off.red('x') }));
      })();`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: cleanEnv() });
    expect(JSON.parse(r.stdout)).toEqual({ fromChalk: true, red: `${ESC}31mx${ESC}39m`, plain: 'x' });
  });

  it('--no-color and a report file stay plain even with FORCE_COLOR', async () => {
    expect((await scan({ FORCE_COLOR: '3' }, true, '--no-color')).stdout).not.toContain(ESC);
    const out = join(dir, '..', `${dir.split('/').pop()}-report.txt`);
    made.push(out);
    await scan({ FORCE_COLOR: '1' }, true, '-o', out);
    expect(readFileSync(out, 'utf8')).not.toContain(ESC);
  });
});

describe('--show-secrets with SARIF', () => {
  it('warns on stderr that the raw secrets go to GitHub, even with --quiet', async () => {
    const dir = repo({ 'a.env': `GITHUB_TOKEN=${GH}\n` });
    const r = await runInProcess(['scan', '.', '--format', 'sarif', '--show-secrets', '--quiet'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/warning: --show-secrets writes every raw secret into the SARIF report/);
    const plain = await runInProcess(['scan', '.', '--format', 'sarif'], { cwd: dir });
    expect(plain.stderr).not.toMatch(/--show-secrets/);
    const json = await runInProcess(['scan', '.', '--format', 'json', '--show-secrets'], { cwd: dir });
    expect(json.stderr).not.toMatch(/SARIF/);
  });
});

describe('SARIF from the command line', () => {
  it("carries each rule's documentation (scans without SARIF load the lighter scan bundle)", async () => {
    const dir = repo({ 'a.env': `GITHUB_TOKEN=${GH}\n` });
    const r = await runInProcess(['scan', '.', '--format', 'sarif'], { cwd: dir });
    const rule = JSON.parse(r.stdout).runs[0].tool.driver.rules[0];
    expect(rule.id).toBe('github.pat-classic');
    expect(rule.fullDescription.text.length).toBeGreaterThan(20);
    expect(rule.helpUri).toMatch(/^https:\/\//);
  });
});
