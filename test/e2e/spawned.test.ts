/**
 * One end-to-end run of the real binary (bin/tokenguard.js on the built dist/) per command: the other
 * suites call main() in-process (test/helpers/cli.ts runInProcess), so this file is what proves that the
 * binary starts, parses its arguments, writes its streams and sets its exit code for each command.
 */
import { accessSync, constants, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, runInProcess } from '../helpers/cli';
import { fake } from '../helpers/fakes';
import { commitAll, git, gitRepo, tempDir, writeTree } from '../helpers/fs';

jest.setTimeout(60_000);

const GH = fake('github.pat-classic', 'spawned');
const STRIPE = fake('stripe.secret-key-live', 'spawned');

/** A repository with the GitHub token committed and the Stripe key staged (not committed). */
function repo(): string {
  const dir = gitRepo({ 'app.env': `GITHUB_TOKEN=${GH}\n` });
  commitAll(dir, 'add token');
  writeTree(dir, { 'pay.env': `STRIPE_KEY=${STRIPE}\n` });
  git(dir, 'add', 'pay.env');
  return dir;
}

const rulesOf = (stdout: string) => (JSON.parse(stdout) as { findings: Array<{ ruleId: string; path: string }> }).findings.map((f) => `${f.ruleId} ${f.path}`).sort();

describe('the real binary, once per command', () => {
  const dir = repo();

  it('scan: a folder, exit 1, the text report redacted', async () => {
    const r = await runCli(['scan', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('app.env');
    expect(r.stdout).toContain('pay.env');
    expect(r.stdout + r.stderr).not.toContain(GH);
  });

  it('scan --stdin: piped input under --stdin-name', async () => {
    const r = await runCli(['scan', '--stdin', '--stdin-name', 'build.log', '--format', 'json'], { input: `step 1\nexport GITHUB_TOKEN=${GH}\n` });
    expect(r.code).toBe(1);
    expect(rulesOf(r.stdout)).toEqual(['github.pat-classic build.log']);
  });

  it('scan --staged: only what is staged', async () => {
    const r = await runCli(['scan', '--staged', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(rulesOf(r.stdout)).toEqual(['stripe.secret-key-live pay.env']);
  });

  it('scan --history: only what is committed', async () => {
    const r = await runCli(['scan', '--history', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(rulesOf(r.stdout)).toEqual(['github.pat-classic app.env']);
  });

  it('rules list: every built-in rule as JSON', async () => {
    const r = await runCli(['rules', 'list', '--format', 'json'], { cwd: tempDir() });
    expect(r.code).toBe(0);
    const ids = (JSON.parse(r.stdout) as Array<{ id: string }>).map((x) => x.id);
    expect(ids).toEqual(expect.arrayContaining(['github.pat-classic', 'stripe.secret-key-live']));
  });

  it('rules check: the problems of a rule file are listed, exit 2', async () => {
    const rules = tempDir();
    writeTree(rules, { 'bad.yaml': 'provider: acme\nrules:\n  - id: acme.token\n    bogus: 1\n' });
    const r = await runCli(['rules', 'check', join(rules, 'bad.yaml')], { cwd: rules });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/bad\.yaml: rules\[0\]\.bogus: unknown key/);
  });

  it('install-hook: writes an executable pre-commit hook that runs tokenguard', async () => {
    const hooked = gitRepo({});
    const r = await runCli(['install-hook'], { cwd: hooked });
    expect(r.code).toBe(0);
    const hook = join(hooked, '.git', 'hooks', 'pre-commit');
    expect(() => accessSync(hook, constants.X_OK)).not.toThrow();
    expect(readFileSync(hook, 'utf8')).toMatch(/tokenguard/);
  });

  it('baseline create: one entry per finding, no secret in it', async () => {
    const r = await runCli(['baseline', 'create', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { entries: unknown[] }).entries).toHaveLength(2);
    expect(r.stdout).not.toContain(GH);
    expect(r.stdout).not.toContain(STRIPE);
  });

  it('revoke: a dry run over a report sends nothing and lists each secret (exit 2: the Stripe rule has no revoker)', async () => {
    const report = join(tempDir(), 'report.json');
    // The report is only the input here (scan has its own spawned test above): made in-process.
    expect((await runInProcess(['scan', '.', '--format', 'json', '--output', report], { cwd: dir })).code).toBe(1);
    const r = await runCli(['revoke', '--report', report, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { dryRun: boolean; results: Array<{ ruleId: string; status: string }> };
    expect(out.dryRun).toBe(true);
    expect(out.results.map((x) => [x.ruleId, x.status]).sort()).toEqual([
      ['github.pat-classic', 'would-revoke'],
      ['stripe.secret-key-live', 'no-revoker'],
    ]);
  });

  it('inventory: one entry per distinct secret of the history', async () => {
    const r = await runCli(['inventory', '.', '--history', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const inv = JSON.parse(r.stdout) as { secrets: Array<{ ruleId: string; inHead?: boolean }> };
    expect(inv.secrets).toEqual([expect.objectContaining({ ruleId: 'github.pat-classic', inHead: true })]);
    expect(r.stdout).not.toContain(GH);
  });
});
