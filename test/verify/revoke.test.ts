/**
 * `tokenguard revoke` against real local servers playing each revoke spec: dry run by default, every
 * spec revokes with --yes (two-step lookups feeding deletes, GitHub's batch API), redacted reports are
 * re-read from the working tree or git history, failures exit 2, and no secret is printed or logged.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInProcess } from '../helpers/cli';
import { commitAll, git, gitRepo, tempDir, writeTree } from '../helpers/fs';
import { fake } from '../helpers/fakes';
import { ProviderServer } from '../helpers/provider-server';
import { revokeAnswer } from '../helpers/revoke-play';
import { endpointFlags, plant, specRules } from '../helpers/verify-fixture';

jest.setTimeout(120_000);

const rules = specRules('revoke');
const { dir, planted } = plant(rules, 'revoke');
const server = new ProviderServer(new Map(planted.map((p) => [p.rule.id, p.secret])), (_label, _mode, req) => revokeAnswer(planted, req));
let base = '';
let report = '';
// The fixture's need values (an Account SID) are findings too; these runs act on the spec'd rules only.
const onlySpecd = rules.flatMap((r) => ['--rule', r.id]);

interface RevokeOut {
  dryRun: boolean;
  results: Array<{ ruleId: string; status: string; detail: string; secret: string }>;
}

beforeAll(async () => {
  base = await server.start();
  report = join(tempDir('tg-revoke-out-'), 'report.json'); // outside the scanned tree, and removed after the run
  const scan = await runInProcess(['scan', dir, '--format', 'json', '--show-secrets', '-o', report]);
  expect(scan.code).toBe(1);
});
afterAll(() => server.stop());

function expectNoSecrets(text: string, secrets = planted.map((p) => p.secret)): void {
  for (const s of secrets) expect(text.includes(s)).toBe(false);
}

test('there are revoke specs for at least 8 providers', () => {
  expect(new Set(rules.map((r) => r.provider)).size).toBeGreaterThanOrEqual(8);
});

test('revoke is a dry run by default: nothing is sent, each secret is listed redacted', async () => {
  server.seen.length = 0;
  const res = await runInProcess(['revoke', '--report', report, '--format', 'json', ...onlySpecd, ...endpointFlags(rules, base)]);
  expect(res.code).toBe(0);
  expect(server.seen).toHaveLength(0);
  const out = JSON.parse(res.stdout) as RevokeOut;
  expect(out.dryRun).toBe(true);
  expect(out.results.map((r) => r.ruleId).sort()).toEqual(rules.map((r) => r.id).sort());
  for (const r of out.results) expect(r.status).toBe('would-revoke');
  expectNoSecrets(res.stdout + res.stderr);
});

test('with --yes every spec revokes its secret, and the audit log has one JSON line per request without secrets', async () => {
  server.seen.length = 0;
  const audit = join(dir, 'revoke-audit.jsonl');
  const res = await runInProcess(['revoke', '--report', report, '--yes', '--format', 'json', '--audit-log', audit, ...onlySpecd, ...endpointFlags(rules, base)]);
  const out = JSON.parse(res.stdout) as RevokeOut;
  for (const r of out.results) expect({ rule: r.ruleId, status: r.status, detail: r.status === 'revoked' ? '' : r.detail }).toEqual({ rule: r.ruleId, status: 'revoked', detail: '' });
  expect(res.code).toBe(0);
  const steps = rules.reduce((n, r) => n + r.revoke!.steps.length, 0);
  expect(server.seen).toHaveLength(steps);
  const lines = readFileSync(audit, 'utf8').trim().split('\n');
  expect(lines).toHaveLength(steps);
  for (const l of lines) expect(JSON.parse(l)).toMatchObject({ action: 'revoke', outcome: 'ok', status: expect.any(Number), host: expect.any(String) });
  expectNoSecrets(res.stdout + res.stderr + lines.join('\n'));
});

describe('GitHub', () => {
  const gh = ['--endpoint', 'github=BASE/github'];
  const flags = () => gh.map((f) => f.replace('BASE', base));

  test('a redacted report is enough: secrets are re-read from the files it names, and batched into one request', async () => {
    const repo = gitRepo();
    const secrets = ['a', 'b', 'c'].map((seed) => fake('github.pat-classic', `batch-${seed}`));
    writeTree(repo, { 'one.env': `GITHUB_TOKEN=${secrets[0]}\n`, 'two.env': `TOKEN_A=${secrets[1]}\nTOKEN_B=${secrets[2]}\n` });
    const out = join(tempDir('tg-revoke-out-'), 'report.json');
    expect((await runInProcess(['scan', repo, '--format', 'json', '-o', out])).code).toBe(1);
    expectNoSecrets(readFileSync(out, 'utf8'), secrets);
    server.seen.length = 0;
    const res = await runInProcess(['revoke', '--report', out, '--yes', '--rule', 'github.*', ...flags()]);
    expect(res.code).toBe(0);
    expect(server.seen).toHaveLength(1);
    expect(server.seen[0].url).toBe('/github/credentials/revoke');
    expect((JSON.parse(server.seen[0].body) as { credentials: string[] }).credentials.sort()).toEqual([...secrets].sort());
    expect(res.stdout).toMatch(/3 revoked/);
    expectNoSecrets(res.stdout + res.stderr, secrets);
  });

  test('a secret that lives only in history is re-read from its git blob', async () => {
    const secret = fake('github.pat-classic', 'history-only');
    const repo = gitRepo({ 'ci.env': `GITHUB_TOKEN=${secret}\n` });
    commitAll(repo, 'add token');
    rmSync(join(repo, 'ci.env'));
    git(repo, 'commit', '-qam', 'remove token');
    const out = join(tempDir('tg-revoke-out-'), 'report.json');
    expect((await runInProcess(['scan', repo, '--history', '--format', 'json', '-o', out])).code).toBe(1);
    server.seen.length = 0;
    const res = await runInProcess(['revoke', '--report', out, '--yes', ...flags()]);
    expect(res.code).toBe(0);
    expect(server.seen.map((s) => JSON.parse(s.body) as { credentials: string[] })).toEqual([{ credentials: [secret] }]);
  });

  test("a redacted report is re-read with the scan's engine options: --decode-depth 4 and --no-suppress find their secrets again", async () => {
    const deep = fake('github.pat-classic', 'four-layers');
    const marked = fake('github.pat-classic', 'marked-line');
    let wrapped = deep;
    for (let i = 0; i < 4; i++) wrapped = Buffer.from(wrapped).toString('base64');
    const repo = gitRepo({ 'payload.txt': `payload: ${wrapped}\n`, 'marked.env': `GITHUB_TOKEN=${marked} # tokenguard:allow\n` });
    // The defaults (three levels of decoding, markers honoured) find neither.
    expect((await runInProcess(['scan', repo])).code).toBe(0);
    for (const [flag, secret] of [
      [['--decode-depth', '4'], deep],
      [['--no-suppress'], marked],
    ] as const) {
      const out = join(tempDir('tg-revoke-out-'), 'report.json');
      expect((await runInProcess(['scan', repo, ...flag, '--format', 'json', '-o', out])).code).toBe(1);
      const written = JSON.parse(readFileSync(out, 'utf8')) as { engine: unknown; findings: unknown[] };
      expect(written.findings).toHaveLength(1);
      expect(written.engine).toEqual(flag[0] === '--decode-depth' ? { decodeDepth: 4, ignoreMarkers: ['tokenguard:allow'], suppress: true } : { decodeDepth: 3, ignoreMarkers: [], suppress: false });
      server.seen.length = 0;
      const res = await runInProcess(['revoke', '--report', out, '--yes', ...flags()]);
      expect({ code: res.code, stdout: res.stdout }).toEqual({ code: 0, stdout: expect.stringMatching(/1 revoked/) });
      expect(server.seen.map((s) => JSON.parse(s.body) as { credentials: string[] })).toEqual([{ credentials: [secret] }]);
      expectNoSecrets(res.stdout + res.stderr, [deep, marked]);
    }
  });

  test('a provider error is a failed revocation and exit 2; a report without verification refuses --only-active', async () => {
    const saved = server.mode;
    const repo = gitRepo({ 'a.env': `GITHUB_TOKEN=${fake('github.pat-classic', 'fails')}\n` });
    const out = join(tempDir('tg-revoke-out-'), 'report.json');
    await runInProcess(['scan', repo, '--format', 'json', '-o', out]);
    server.mode = 'error500';
    try {
      const res = await runInProcess(['revoke', '--report', out, '--yes', ...flags()]);
      expect(res.code).toBe(2);
      expect(res.stdout).toMatch(/FAILED\s+github\.pat-classic/);
    } finally {
      server.mode = saved;
    }
    const only = await runInProcess(['revoke', '--report', out, '--only-active', ...flags()]);
    expect(only.code).toBe(2);
    expect(only.stderr).toMatch(/--only-active: the report has no verification results/);
  });
});

test('a report that is not JSON is a one-line error naming the file', async () => {
  const bad = join(dir, 'not-a-report.json');
  writeFileSync(bad, 'hello');
  const res = await runInProcess(['revoke', '--report', bad]);
  expect(res.code).toBe(2);
  expect(res.stderr.trim().split('\n')).toHaveLength(1);
  expect(res.stderr).toContain('not-a-report.json');
});
