/**
 * Issue 9, item 13: error messages quoted values from config and ignore files: a malformed
 * `.tokenguardignore` entry, an allowlist regex RE2 rejects, an unknown rule id, an endpoint URL with
 * credentials. A pasted secret the scrubber does not recognise (a password) came out in CI logs.
 * Errors now name the file, line or key path and what is wrong, never the value.
 */
import { fake } from '../helpers/fakes';
import { expectNothingLeaked, Listener, tg, Workspace } from './harness';

const ws = new Workspace();
const listener = new Listener();
let url = '';
beforeAll(async () => {
  url = await listener.start();
});
afterAll(async () => {
  await listener.stop();
  ws.cleanup();
});

/** A credential no provider rule recognises, so only not quoting it keeps it out of the log. */
const CANARY = 'Hunter2-CorrectHorse-Staple';
const SECRET = fake('github.pat-classic', 'attack-quote');

/** No run of six or more characters of the canary appears, in any letter case. */
function expectUnquoted(text: string): void {
  const lower = text.toLowerCase();
  for (let i = 0; i + 6 <= CANARY.length; i++) expect(lower).not.toContain(CANARY.slice(i, i + 6).toLowerCase());
}

const CASES: Array<[string, Record<string, string>, string[], RegExp]> = [
  ['a malformed ignore-file entry', { '.tokenguardignore': `${CANARY}\n` }, [], /\.tokenguardignore:1: not a fingerprint/],
  ['an ignore-file option', { '.tokenguardignore': `${'0'.repeat(32)} expires=${CANARY}\n` }, [], /\.tokenguardignore:1: unknown option/],
  ['an allowlist regex RE2 rejects', { '.tokenguardrc.yaml': `allowlist:\n  regexes: ['(${CANARY}']\n` }, [], /allowlist\.regexes\[0\]: RE2 cannot compile it/],
  ['an unknown rule id', { '.tokenguardrc.yaml': `rules:\n  disable: ['${CANARY}']\n` }, [], /rules\.disable\[0\]: unknown rule id$/m],
  [
    'a custom rule id',
    {
      '.tokenguardrc.yaml': `rules:\n  custom:\n    - { id: 'acme.${CANARY.toLowerCase()}', name: Acme, description: A test rule., severity: low, regex: '(acme_[a-z]{8}', keywords: [acme_], references: ['https://x.example'], examples: { positive: ['k={{secret}}'], negative: ['acme_'] } }\n`,
    },
    [],
    /rules\.custom\[0\]: regex: missing "\)"/,
  ],
  ['an endpoint URL with credentials (--endpoint)', {}, ['--verify', '--endpoint', `github=https://ci:${CANARY}@[bad-host`], /--endpoint \(#1, provider github\): not a URL/],
  [
    'an endpoint for an unknown provider with credentials (--endpoint)',
    {},
    ['--verify', '--endpoint', `nosuch=${url.replace('http://', `http://ci:${CANARY}@`)}`],
    /--endpoint \(#1, provider nosuch\): unknown provider/,
  ],
  [
    'a baseline with a broken entry',
    { 'b.json': `{"version": 2, "identity": {"scheme": "public-v2"}, "entries": [{"ruleId": "x", "path": "${CANARY}"}]}` },
    ['--baseline', 'b.json'],
    /b\.json: entries\[0\]: needs ruleId, path and a 64-hex secretId/,
  ],
];

describe('errors name where, never what', () => {
  it.each(CASES)('%s', async (_name, files, args, message) => {
    const dir = ws.write(ws.dir(), { 'app.env': `GITHUB_TOKEN=${SECRET}\n`, ...files });
    const r = await tg(['scan', '.', ...args], dir, ws.env());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expectUnquoted(r.stdout + r.stderr);
    expectNothingLeaked({ result: r, secrets: [SECRET, CANARY], listener });
  });

  it('every problem of a config at once, none of them quoted', async () => {
    const config = `allowlst:\n  paths: ['${CANARY}']\nallowlist:\n  regexes: ['(${CANARY}', '${CANARY}(?=x)']\nrules:\n  disable: ['${CANARY}', 'x.${CANARY.toLowerCase()}']\nmaxFileSize: '${CANARY}'\n`;
    const dir = ws.write(ws.dir(), { 'app.env': `GITHUB_TOKEN=${SECRET}\n`, '.tokenguardrc.yaml': config });
    const r = await tg(['scan', '.'], dir, ws.env());
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      'tokenguard: error: .tokenguardrc.yaml: allowlst: unknown key; did you mean `allowlist`?',
      expect.stringMatching(/^tokenguard: error: \.tokenguardrc\.yaml: maxFileSize: invalid value/),
      'tokenguard: error: .tokenguardrc.yaml: allowlist.regexes[0]: RE2 cannot compile it (no lookaround, backreferences or possessive quantifiers)',
      'tokenguard: error: .tokenguardrc.yaml: allowlist.regexes[1]: RE2 cannot compile it (no lookaround, backreferences or possessive quantifiers)',
      'tokenguard: error: .tokenguardrc.yaml: rules.disable[0]: unknown rule id',
      'tokenguard: error: .tokenguardrc.yaml: rules.disable[1]: unknown rule id',
    ]);
    expectUnquoted(r.stdout + r.stderr);
    expectNothingLeaked({ result: r, secrets: [SECRET, CANARY], listener });
  });

  it('parser errors next to a value (JSON, YAML, a size)', async () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ '.tokenguardrc.json': `{"allowlist": {"regexes": ["${CANARY}"]` }, /\.tokenguardrc\.json: invalid JSON: syntax error/],
      [{ '.tokenguardrc.yaml': `allowlist:\n  regexes: ['${CANARY}'\n` }, /\.tokenguardrc\.yaml: invalid YAML: .*\(\d+:\d+\)/],
      [{ '.tokenguardrc.yaml': `maxFileSize: '${CANARY}'\n` }, /\.tokenguardrc\.yaml: maxFileSize: invalid value/],
    ];
    for (const [files, message] of cases) {
      const r = await tg(['scan', '.'], ws.write(ws.dir(), { 'app.env': `GITHUB_TOKEN=${SECRET}\n`, ...files }), ws.env());
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expectUnquoted(r.stdout + r.stderr);
    }
  });

  it("a trusted config's endpoint with credentials", async () => {
    const dir = ws.write(ws.dir(), { 'app.env': `GITHUB_TOKEN=${SECRET}\n` });
    const env = ws.env();
    ws.write(env.XDG_CONFIG_HOME!, { 'tokenguard/config.yaml': `verify:\n  endpoints:\n    github: 'https://ci:${CANARY}@[bad'\n` });
    const r = await tg(['scan', '.', '--verify'], dir, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/verify\.endpoints\.github: not a URL/);
    expectUnquoted(r.stdout + r.stderr);
  });

  it('warnings about ignore-file entries do not quote their reason', async () => {
    const dir = ws.write(ws.dir(), { 'app.env': `GITHUB_TOKEN=${SECRET}\n`, '.tokenguardignore': `${'0'.repeat(32)} expires=2001-01-01 # old password was ${CANARY}\n` });
    const r = await tg(['scan', '.', '--report-stale-ignores'], dir, ws.env());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\.tokenguardignore:1: entry expired on 2001-01-01 and no longer suppresses/);
    expectUnquoted(r.stdout + r.stderr);
    expectNothingLeaked({ result: r, secrets: [SECRET, CANARY], listener });
  });
});
