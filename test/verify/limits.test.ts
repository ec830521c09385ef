/**
 * Verification politeness and precision, end to end against a local server: the per-provider rate
 * limit holds, 100 copies of a secret make one request, a secret two equally specific rules match goes
 * to neither provider, and AWS keys are checked with a SigV4-signed STS call that never carries the
 * secret key itself.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, runInProcess } from '../helpers/cli';
import { fake } from '../helpers/fakes';
import { tempDir, writeTree } from '../helpers/fs';
import { ProviderServer } from '../helpers/provider-server';
import { playOutcome } from '../helpers/spec-response';
import { ruleById } from '../helpers/fakes';

jest.setTimeout(60_000);

interface Out {
  findings: Array<{ ruleId: string; verification?: { status: string; identity?: string; reason?: string } }>;
}

const github = ruleById('github.pat-classic').verify!;
const server = new ProviderServer(new Map(), (_l, _m, req) =>
  req.url.startsWith('/aws')
    ? {
        status: 200,
        headers: { 'content-type': 'text/xml' },
        body: '<GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/tg-test</Arn><Account>123456789012</Account></GetCallerIdentityResult>',
      }
    : req.url.startsWith('/acme')
      ? { status: 200, body: '{"ok":true}' }
      : playOutcome(github, 'active', 'gh')!,
);
let base = '';
beforeAll(async () => {
  base = await server.start();
});
afterAll(() => server.stop());
beforeEach(() => {
  server.mode = 'success';
  server.seen.length = 0;
});

/**
 * `tokenguard scan DIR --verify` with `config`, in-process (main()); the rate-limit test runs the real
 * binary (`spawned`), so that the requests' spacing the server stamps is not bent by this process's own
 * work on the same event loop.
 */
async function scan(dir: string, config: unknown, ...extra: string[]): Promise<Out> {
  return scanWith(runInProcess, dir, config, ...extra);
}

async function scanWith(run: typeof runCli, dir: string, config: unknown, ...extra: string[]): Promise<Out> {
  writeFileSync(join(dir, '.tokenguardrc.json'), JSON.stringify(config));
  // Verification settings and verifying rules count only from a trusted config: the user names it.
  const res = await run(['scan', dir, '--verify', '--format', 'json', '--config', join(dir, '.tokenguardrc.json'), ...extra]);
  expect(res.code).toBe(1);
  return JSON.parse(res.stdout) as Out;
}

test('the per-provider rate limit holds: never more than N requests in any second', async () => {
  const dir = tempDir('tg-rate-');
  writeTree(dir, { 'tokens.env': Array.from({ length: 12 }, (_, i) => `T${i}=${fake('github.pat-classic', `rate-${i}`)}`).join('\n') + '\n' });
  await scanWith(runCli, dir, { verify: { rateLimit: 4 } }, '--endpoint', `github=${base}`);
  const times = server.seen.map((s) => s.at).sort((a, b) => a - b);
  expect(times).toHaveLength(12);
  // The limiter spaces requests 250 ms apart when it sends them; the server stamps them when it has read
  // them, which a busy machine delays unevenly. So a generous ratio: any 4 intervals span at least 3/4 of
  // a second (a burst would put them a few ms apart). The exact spacing is pinned in limiter.test.ts.
  for (let i = 0; i + 4 < times.length; i++) expect(times[i + 4] - times[i]).toBeGreaterThanOrEqual(750);
});

test('the cache holds: 100 copies of one secret make one request, and all 100 findings carry its answer', async () => {
  const dir = tempDir('tg-cache-');
  const secret = fake('github.pat-classic', 'cache');
  writeTree(dir, Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`f${i}.env`, `GITHUB_TOKEN=${secret}\n`])));
  const out = await scan(dir, {}, '--endpoint', `github=${base}`);
  expect(server.seen).toHaveLength(1);
  expect(out.findings).toHaveLength(100);
  for (const f of out.findings) expect(f.verification).toMatchObject({ status: 'active', identity: 'tg-identity-gh' });
});

describe('a secret two rules match', () => {
  // Two rules that would check the secret differently (another endpoint): real rivals.
  const rule = (id: string, priority?: number) => ({
    id,
    name: id,
    description: 'a test-only rule',
    references: ['https://docs.acme-test.dev/tokens'],
    examples: { positive: ['ACME={{secret}}'], negative: ['ACME=acmetok_'] },
    severity: 'high',
    regex: '\\b(acmetok_[a-z0-9]{24})\\b',
    keywords: ['acmetok_'],
    ...(priority === undefined ? {} : { priority }),
    verify: { request: { method: 'GET', url: `https://api.acme-test.dev/${id}/me`, headers: { authorization: 'Bearer {{secret}}' } }, outcomes: [{ when: { status: 200 }, result: 'active' }] },
  });
  const dir = tempDir('tg-ambiguous-');
  writeTree(dir, { 'a.env': 'ACME=acmetok_k3j5h6g7f8d9s0a1q2w3e4r5\n' });

  test('goes to neither provider when both are equally specific', async () => {
    const out = await scan(dir, { rules: { custom: [rule('acme.one'), rule('acme.two')] } }, '--endpoint', `acme=${base}/acme`);
    expect(server.seen).toHaveLength(0);
    expect(out.findings.length).toBeGreaterThan(0);
    for (const f of out.findings) expect(f.verification).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/ambiguous/) });
  });

  test("goes to the more specific rule's provider only", async () => {
    const out = await scan(dir, { rules: { custom: [rule('acme.one', 2), rule('acme.two')] } }, '--endpoint', `acme=${base}/acme`);
    expect(server.seen).toHaveLength(1);
    expect(out.findings.map((f) => f.verification?.status)).toContain('active');
  });
});

test('AWS keys are verified by a signed STS GetCallerIdentity; the secret key is never sent', async () => {
  const dir = tempDir('tg-aws-');
  const keyId = fake('aws.access-key-id', 'sts').replace(/^A[A-Z]{3}/, 'AKIA');
  const secretKey = fake('aws.secret-access-key', 'sts');
  writeTree(dir, { credentials: `[default]\naws_access_key_id = ${keyId}\naws_secret_access_key = ${secretKey}\n` });
  const out = await scan(dir, {}, '--endpoint', `aws=${base}/aws`);
  const secretFinding = out.findings.find((f) => f.ruleId === 'aws.secret-access-key');
  expect(secretFinding?.verification).toMatchObject({ status: 'active', identity: 'arn:aws:iam::123456789012:user/tg-test' });
  expect(server.seen).toHaveLength(1);
  const req = server.seen[0];
  expect(req.method).toBe('POST');
  expect(String(req.headers.authorization)).toMatch(new RegExp(`^AWS4-HMAC-SHA256 Credential=${keyId}/\\d{8}/us-east-1/sts/aws4_request, SignedHeaders=[a-z;-]+, Signature=[0-9a-f]{64}$`));
  expect(req.body).toBe('Action=GetCallerIdentity&Version=2011-06-15');
  expect(JSON.stringify(req)).not.toContain(secretKey);
});
