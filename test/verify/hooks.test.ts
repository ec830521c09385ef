/**
 * Rotate hooks with --run-hooks: a command gets one JSON finding on stdin (the secret only in
 * TOKENGUARD_SECRET, and only with passSecret), a webhook gets it by POST, each runs once per distinct
 * secret, a failing or timed-out hook makes the exit code 2, and nothing runs without --run-hooks.
 * The hooks here sit in the scanned folder's config, so every run trusts it (--trust-repo-config).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInProcess } from '../helpers/cli';
import { fake, ruleById } from '../helpers/fakes';
import { playOutcome } from '../helpers/spec-response';
import { tempDir, writeTree } from '../helpers/fs';
import { ProviderServer } from '../helpers/provider-server';

jest.setTimeout(60_000);

const secret = fake('github.pat-classic', 'hooks');

function project(hooks: unknown[]): string {
  const dir = tempDir('tg-hooks-');
  // The same token in two files: one distinct secret, so each hook runs once.
  writeTree(dir, { 'a.env': `GITHUB_TOKEN=${secret}\n`, 'b.env': `TOKEN=${secret}\n`, '.tokenguardrc.json': JSON.stringify({ hooks }) });
  return dir;
}

test('hooks do not run without --run-hooks', async () => {
  const out = join(tempDir('tg-out-'), 'ran');
  const dir = project([{ on: 'finding', run: `touch ${out}` }]);
  expect((await runInProcess(['scan', dir])).code).toBe(1);
  expect(existsSync(out)).toBe(false);
});

test('a command hook gets the finding as JSON without the secret, once per distinct secret', async () => {
  const out = tempDir('tg-out-');
  const dir = project([{ on: 'finding', rule: 'github.*', run: `cat >> ${out}/payload.jsonl; printf '%s' "$TOKENGUARD_SECRET" >> ${out}/env.txt` }]);
  const audit = join(out, 'audit.jsonl');
  const res = await runInProcess(['scan', dir, '--run-hooks', '--trust-repo-config', '--audit-log', audit]);
  expect(res.code).toBe(1);
  const payloads = readFileSync(join(out, 'payload.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(payloads).toHaveLength(1);
  expect(payloads[0]).toMatchObject({ rule: 'github.pat-classic', provider: 'github', fingerprint: expect.any(String), locations: 2 });
  expect(readFileSync(join(out, 'env.txt'), 'utf8')).toBe('');
  const auditText = readFileSync(audit, 'utf8');
  expect(JSON.parse(auditText.trim())).toMatchObject({ action: 'hook', method: 'exec', outcome: 'ok' });
  for (const text of [JSON.stringify(payloads), auditText, res.stdout, res.stderr]) expect(text.includes(secret)).toBe(false);
});

test('passSecret hands the secret to the command in TOKENGUARD_SECRET, never in the JSON', async () => {
  const out = tempDir('tg-out-');
  const dir = project([{ on: 'finding', passSecret: true, run: `cat > ${out}/payload.json; printf '%s' "$TOKENGUARD_SECRET" > ${out}/env.txt` }]);
  expect((await runInProcess(['scan', dir, '--run-hooks', '--trust-repo-config'])).code).toBe(1);
  expect(readFileSync(join(out, 'env.txt'), 'utf8')).toBe(secret);
  expect(readFileSync(join(out, 'payload.json'), 'utf8')).not.toContain(secret);
});

test('a failing command and a command past its timeout are reported, and the exit code is 2', async () => {
  const dir = project([
    { on: 'finding', run: 'exit 3' },
    // Far longer than this test's limit: the run can only finish if the command is stopped at its timeout.
    { on: 'finding', run: 'sleep 600', timeoutMs: 300 },
  ]);
  const res = await runInProcess(['scan', dir, '--run-hooks', '--trust-repo-config', '--format', 'json']);
  expect(res.code).toBe(2);
  expect(res.stderr).toMatch(/hooks\[0\] \(command\).*exit 3/);
  expect(res.stderr).toMatch(/hooks\[1\] \(command\).*timed out after 300 ms/);
  // The report is still written in full.
  expect((JSON.parse(res.stdout) as { findings: unknown[] }).findings).toHaveLength(2);
});

describe('webhooks', () => {
  // Webhook paths answer 204; GitHub's /user answers as the spec's "active" outcome expects.
  const server = new ProviderServer(new Map([['github', secret]]), (_l, _m, req) => (req.url === '/user' ? playOutcome(ruleById('github.pat-classic').verify!, 'active', 'gh')! : { status: 204 }));
  let base = '';
  beforeAll(async () => {
    base = await server.start();
  });
  afterAll(() => server.stop());

  test('a webhook gets the same JSON by POST; passSecret adds the secret only there', async () => {
    server.mode = 'success';
    server.seen.length = 0;
    const dir = project([
      { on: 'finding', webhook: `${base}/rotate` },
      { on: 'finding', webhook: `${base}/with-secret`, passSecret: true },
    ]);
    const res = await runInProcess(['scan', dir, '--run-hooks', '--trust-repo-config']);
    expect(res.code).toBe(1);
    expect(server.seen.map((s) => `${s.method} ${s.url}`)).toEqual(['POST /rotate', 'POST /with-secret']);
    expect(JSON.parse(server.seen[0].body)).toMatchObject({ rule: 'github.pat-classic', locations: 2 });
    expect(server.seen[0].body).not.toContain(secret);
    expect((JSON.parse(server.seen[1].body) as { secret: string }).secret).toBe(secret);
    expect(res.stderr).not.toContain(secret);
  });

  test('a webhook that hangs times out; one that answers 500 fails; both make exit 2', async () => {
    const dir = project([{ on: 'finding', webhook: `${base}/slow`, timeoutMs: 400 }]);
    server.mode = 'slow';
    const slow = await runInProcess(['scan', dir, '--run-hooks', '--trust-repo-config']);
    expect(slow.code).toBe(2);
    expect(slow.stderr).toMatch(/hooks\[0\] \(webhook 127\.0\.0\.1:\d+\).*no complete response within 400 ms/);
    server.mode = 'error500';
    const failed = await runInProcess(['scan', dir, '--run-hooks', '--trust-repo-config']);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/HTTP 500/);
  });

  test('"on: active" fires only for secrets the provider confirmed, "on: inactive" not for those', async () => {
    const out = tempDir('tg-out-');
    const dir = project([
      { on: 'active', run: `cat >> ${out}/active.jsonl` },
      { on: 'inactive', run: `touch ${out}/inactive` },
    ]);
    server.mode = 'success';
    const res = await runInProcess(['scan', dir, '--run-hooks', '--trust-repo-config', '--verify', '--endpoint', `github=${base}`]);
    expect(res.code).toBe(1);
    const lines = readFileSync(join(out, 'active.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ verification: { status: 'active', identity: 'tg-identity-gh' } });
    expect(existsSync(join(out, 'inactive'))).toBe(false);
  });
});
