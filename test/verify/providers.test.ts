/**
 * Every declarative verify spec, played by a real local server: success gives "active" with the
 * identity, scopes and expiry the spec captures; a revoked answer gives "inactive"; 429, 500, a slow
 * answer, a redirect and an HTML page give "unknown", never "active". Each secret is sent once, and
 * no secret reaches stdout, stderr or the audit log. The scans run in-process (main() with its own
 * streams), so what they write to the real process streams (`stray`) is checked too.
 */
import { secretIdentity } from '../../src/engine/identity';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInProcess } from '../helpers/cli';
import { tempDir } from '../helpers/fs';
import { ProviderServer, type PlayMode } from '../helpers/provider-server';
import { playOutcome } from '../helpers/spec-response';
import { endpointFlags, plant, specRules, type Planted } from '../helpers/verify-fixture';

jest.setTimeout(120_000);

const rules = specRules('verify');
const { dir, planted } = plant(rules, 'providers');
const byId = new Map(planted.map((p) => [p.rule.id, p]));
const labels = new Map([...planted.map((p): [string, string] => [p.rule.id, p.secret]), ...planted.flatMap((p) => p.incidental.map((v, i): [string, string] => [`incidental:${p.rule.id}:${i}`, v]))]);
const server = new ProviderServer(labels, (label, mode) => {
  const p = label ? byId.get(label) : undefined;
  const played = p && playOutcome(p.rule.verify!, mode === 'success' ? 'active' : 'inactive', p.rule.id);
  return played ?? { status: 418, body: '{}' };
});
let base = '';
/** The trusted config of every scan, and the one of the slow-answer scan (see beforeAll). */
const config = join(dir, '.tokenguardrc.json');
const slowConfig = join(tempDir('tg-slow-config-'), 'tokenguard.json');

/** Each planted secret's identity, as reports carry it. */
const identities = new Map<string, string>();

beforeAll(async () => {
  base = await server.start();
  for (const p of planted) identities.set(p.rule.id, await secretIdentity(p.secret));
  // Short timeouts keep the slow-loris case quick, yet long enough that a loaded machine still gets every
  // request to the local server (at 700 ms some never arrived); a high rate keeps the run short.
  const verify = { requestTimeoutMs: 2500, connectTimeoutMs: 2500, rateLimit: 100, concurrency: 16 };
  writeFileSync(config, JSON.stringify({ verify }));
  // A slow answer holds its slot until the timeout: at the highest concurrency a config may set (64) the
  // slow-loris scan waits two timeouts, not one per 16 secrets (seven rounds, 18 s of a worker idling).
  writeFileSync(slowConfig, JSON.stringify({ verify: { ...verify, concurrency: 64 } }));
});
afterAll(() => server.stop());

interface Verified {
  secretId: string;
  ruleId: string;
  verification?: { status: string; identity?: string; scopes?: string[]; expiresAt?: string; reason?: string };
}

async function scanIn(mode: PlayMode, extra: string[] = []) {
  server.mode = mode;
  server.seen.length = 0;
  const audit = join(dir, `audit-${mode}.jsonl`);
  // Verification limits count only from a trusted config: the user names it with --config.
  const res = await runInProcess(['scan', dir, '--format', 'json', '--config', mode === 'slow' ? slowConfig : config, '--audit-log', audit, '--min-severity', 'info', ...extra]);
  const report = JSON.parse(res.stdout) as { findings: Verified[] };
  return { res, audit, findings: report.findings };
}

function findingOf(findings: Verified[], p: Planted): Verified {
  const f = findings.find((x) => x.secretId === identities.get(p.rule.id) && x.ruleId === p.rule.id);
  if (!f) throw new Error(`${p.rule.id}: its planted secret was not reported by that rule`);
  return f;
}

function expectNoSecrets(text: string): void {
  for (const p of planted) if (text.includes(p.secret)) throw new Error(`${p.rule.id}: secret leaked into output`);
}

test('there are declarative verify specs for at least 40 providers', () => {
  expect(new Set(rules.map((r) => r.provider)).size).toBeGreaterThanOrEqual(40);
});

test('without --verify nothing is sent and no finding carries a verification', async () => {
  const { res, findings } = await scanIn('success', endpointFlags(rules, base));
  expect(res.code).toBe(1);
  expect(server.seen).toHaveLength(0);
  expect(findings.filter((f) => f.verification)).toHaveLength(0);
});

test("a successful answer makes every spec'd secret active, with what the spec captures, once per secret", async () => {
  const { res, audit, findings } = await scanIn('success', ['--verify', ...endpointFlags(rules, base)]);
  expect(res.code).toBe(1);
  for (const p of planted) {
    const v = findingOf(findings, p).verification;
    const want = playOutcome(p.rule.verify!, 'active', p.rule.id)!;
    expect({ rule: p.rule.id, status: v?.status, reason: v?.status === 'active' ? undefined : v?.reason }).toEqual({ rule: p.rule.id, status: 'active', reason: undefined });
    if (want.identity) expect(v?.identity).toBe(want.identity);
    if (want.scopes) expect(v?.scopes).toEqual(want.scopes);
    if (want.expiresAt) expect(v?.expiresAt).toBe(want.expiresAt);
    expect({ rule: p.rule.id, requests: server.seen.filter((s) => s.label === p.rule.id).length }).toEqual({ rule: p.rule.id, requests: 1 });
  }
  expectNoSecrets(res.stdout + res.stderr + (res.stray ?? '') + readFileSync(audit, 'utf8'));
});

test('a revoked answer makes the secret inactive (or unknown where the spec names no inactive answer)', async () => {
  const { res, findings } = await scanIn('revoked', ['--verify', ...endpointFlags(rules, base)]);
  for (const p of planted) {
    const expected = p.rule.verify!.outcomes.some((o) => o.result === 'inactive') ? 'inactive' : 'unknown';
    expect({ rule: p.rule.id, status: findingOf(findings, p).verification?.status }).toEqual({ rule: p.rule.id, status: expected });
  }
  expectNoSecrets(res.stdout + res.stderr + (res.stray ?? ''));
});

test.each<PlayMode>(['ratelimit', 'error500', 'slow', 'redirect', 'html'])('a %s answer is unknown, never active, and nothing is retried or followed', async (mode) => {
  const { res, audit, findings } = await scanIn(mode, ['--verify', ...endpointFlags(rules, base)]);
  expect(res.code).toBe(1);
  for (const p of planted) expect({ rule: p.rule.id, status: findingOf(findings, p).verification?.status }).toEqual({ rule: p.rule.id, status: 'unknown' });
  // One request per secret: a redirect is not followed, a 429 is not hammered.
  for (const p of planted) expect({ rule: p.rule.id, requests: server.seen.filter((s) => s.label === p.rule.id).length }).toEqual({ rule: p.rule.id, requests: 1 });
  expect(server.seen.filter((s) => !s.label).map((s) => s.url)).toEqual([]);
  expect(existsSync(audit)).toBe(true);
  const lines = readFileSync(audit, 'utf8').trim().split('\n');
  expect(lines).toHaveLength(server.seen.length);
  for (const line of lines) expect(JSON.parse(line)).toMatchObject({ action: 'verify', outcome: 'unknown', fingerprint: expect.any(String), durationMs: expect.any(Number) });
  expectNoSecrets(res.stdout + res.stderr + (res.stray ?? '') + lines.join('\n'));
});
