/**
 * Captures are masked: a provider that echoes the token (whole, or a run of 8+ of its characters) in
 * an identity, scope or expiry field cannot put it into the report.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { maskSecretIn } from '../../src/verify/mask';
import { runInProcess } from '../helpers/cli';
import { fake } from '../helpers/fakes';
import { tempDir, writeTree } from '../helpers/fs';
import { ProviderServer } from '../helpers/provider-server';

describe('maskSecretIn', () => {
  const secret = 'tok_abcdefghijklmnopqrstuvwx';
  test.each([
    ['the whole secret', `user ${secret}`, `user ${'*'.repeat(secret.length)}`],
    ['a run of 8 characters', 'id-ghijklmn-end', 'id-********-end'],
    ['a run longer than 8', 'xxabcdefghijkl', 'xx************'],
    ['7 characters only', 'id-ghijklm-end', 'id-ghijklm-end'],
    ['nothing of it', 'octocat', 'octocat'],
  ])('%s', (_what, value, want) => {
    expect(maskSecretIn(value, secret)).toBe(want);
  });

  test('a secret shorter than 8 characters is masked where it occurs whole', () => {
    expect(maskSecretIn('key=abc123 ok', 'abc123')).toBe('key=****** ok');
  });
});

const secret = fake('github.pat-classic', 'echo');
const server = new ProviderServer(new Map([['gh', secret]]), () => ({
  status: 200,
  // A provider that echoes the token: whole in the login, a 12-character piece in a scope, and a piece in the expiry.
  headers: { 'x-oauth-scopes': `repo, note:${secret.slice(4, 16)}`, 'github-authentication-token-expiration': `2030-01-01 ${secret.slice(-9)}` },
  body: JSON.stringify({ login: `bot-${secret}` }),
}));
let base = '';
beforeAll(async () => {
  base = await server.start();
});
afterAll(() => server.stop());

test('a provider echoing the token does not put it (or 8+ characters of it) into the report', async () => {
  const dir = tempDir('tg-echo-');
  writeTree(dir, { 'a.env': `GITHUB_TOKEN=${secret}\n` });
  writeFileSync(join(dir, '.tokenguardrc.json'), '{}');
  const res = await runInProcess(['scan', dir, '--verify', '--format', 'json', '--endpoint', `github=${base}`]);
  expect(server.seen).toHaveLength(1);
  const v = (JSON.parse(res.stdout) as { findings: Array<{ verification: { status: string; identity: string; scopes: string[]; expiresAt: string } }> }).findings[0].verification;
  expect(v.status).toBe('active');
  expect(v.identity).toBe(`bot-${'*'.repeat(secret.length)}`);
  expect(v.scopes).toEqual(['repo', `note:${'*'.repeat(12)}`]);
  expect(v.expiresAt).toBe(`2030-01-01 ${'*'.repeat(9)}`);
  // In-process: what went to the real process streams (`stray`) is checked too.
  for (let i = 0; i + 8 <= secret.length; i++) expect(res.stdout + res.stderr + (res.stray ?? '')).not.toContain(secret.slice(i, i + 8));
});
