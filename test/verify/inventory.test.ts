/**
 * `tokenguard inventory`: one entry per distinct secret with its locations, first and last sighting in
 * history, whether HEAD still has it, and (with --verify) what the provider says about it.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInProcess } from '../helpers/cli';
import { fake, ruleById } from '../helpers/fakes';
import { commitAll, git, gitRepo } from '../helpers/fs';
import { ProviderServer } from '../helpers/provider-server';
import { playOutcome } from '../helpers/spec-response';
import { secretIdentity } from '../../src/engine/identity';

jest.setTimeout(60_000);

interface Entry {
  secretId: string;
  secret: string;
  ruleId: string;
  locations: number;
  paths: string[];
  firstSeen?: { commit?: string; date?: string };
  lastSeen?: { commit?: string; date?: string };
  inHead?: boolean;
  verification?: { status: string; identity?: string; scopes?: string[]; expiresAt?: string };
}

const live = fake('github.pat-classic', 'inventory-live');
const gone = fake('stripe.secret-key-live', 'inventory-gone');
const server = new ProviderServer(new Map([['gh', live]]), () => playOutcome(ruleById('github.pat-classic').verify!, 'active', 'gh')!);

let base = '';
let repo = '';
let first = '';
let second = '';
beforeAll(async () => {
  base = await server.start();
  repo = gitRepo({ 'a.env': `GITHUB_TOKEN=${live}\n`, 'pay.env': `STRIPE_KEY=${gone}\n` });
  first = commitAll(repo, 'first', '2024-01-02T03:04:05Z');
  writeFileSync(join(repo, 'b.env'), `TOKEN=${live}\n`);
  rmSync(join(repo, 'pay.env'));
  second = commitAll(repo, 'second', '2025-06-07T08:09:10Z');
  git(repo, 'tag', 'v1');
});
afterAll(() => server.stop());

test('lists each distinct secret once, with first and last sighting and whether HEAD has it', async () => {
  const res = await runInProcess(['inventory', repo, '--history', '--format', 'json']);
  expect(res.code).toBe(1);
  const inv = JSON.parse(res.stdout) as { secrets: Entry[] };
  expect(inv.secrets).toHaveLength(2);
  const [liveId, goneId] = [await secretIdentity(live), await secretIdentity(gone)];
  const ghEntry = inv.secrets.find((e) => e.secretId === liveId)!;
  expect(ghEntry).toMatchObject({ ruleId: 'github.pat-classic', locations: 2, paths: ['a.env', 'b.env'], inHead: true });
  expect(ghEntry.firstSeen).toMatchObject({ commit: first, date: expect.stringMatching(/^2024-01-02/) });
  expect(ghEntry.lastSeen).toMatchObject({ commit: second, date: expect.stringMatching(/^2025-06-07/) });
  const stripeEntry = inv.secrets.find((e) => e.secretId === goneId)!;
  expect(stripeEntry).toMatchObject({ ruleId: 'stripe.secret-key-live', locations: 1, inHead: false });
  expect(res.stdout.includes(live) || res.stdout.includes(gone)).toBe(false);
});

test('with --verify each entry carries the status, identity, scopes and expiry; text output is redacted', async () => {
  const res = await runInProcess(['inventory', repo, '--verify', '--endpoint', `github=${base}`, '--format', 'json']);
  expect(res.code).toBe(1);
  const inv = JSON.parse(res.stdout) as { secrets: Entry[] };
  const want = playOutcome(ruleById('github.pat-classic').verify!, 'active', 'gh')!;
  expect(inv.secrets.find((e) => e.ruleId === 'github.pat-classic')?.verification).toMatchObject({ status: 'active', identity: want.identity, scopes: want.scopes, expiresAt: want.expiresAt });
  const text = await runInProcess(['inventory', repo, '--verify', '--endpoint', `github=${base}`]);
  expect(text.stdout).toContain(`identity: ${want.identity}`);
  expect(text.stdout).toContain(`scopes: ${want.scopes!.join(', ')}`);
  expect(text.stdout).toMatch(/1 distinct secret\n$/);
  expect(text.stdout.includes(live)).toBe(false);
});
