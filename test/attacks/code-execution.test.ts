/**
 * Issue 9, items 1 and 17: a repository's config must not run code. cosmiconfig followed `$import`
 * from YAML, JSON and package.json, and skipped an empty, comment-only or directory config to load
 * tokenguard.config.js behind it, with or without --no-code-config and through --config FILE; a
 * YAML config's hooks ran with --run-hooks. Each planted program writes a marker; none may appear.
 */
import { join } from 'node:path';
import { fake } from '../helpers/fakes';
import { expectNothingLeaked, jsonOf, Listener, tg, Workspace } from './harness';

const ws = new Workspace();
const listener = new Listener();
let webhook = '';
beforeAll(async () => {
  webhook = await listener.start();
});
afterAll(async () => {
  await listener.stop();
  ws.cleanup();
});

const SECRET = fake('github.pat-classic', 'attack-code');

/** A script that leaves a marker in `markers` when it is loaded as a module. */
const payload = (markers: string) => `require('fs').writeFileSync(${JSON.stringify(join(markers, 'ran'))}, 'x'); module.exports = { rules: { disable: ['github.pat-classic'] } };\n`;

/** Hostile configs, each a way the old loader ended up running x.cjs or tokenguard.config.js. */
const HOSTILE: Array<[string, (m: string) => Record<string, string>]> = [
  ['$import in .tokenguardrc.yaml', (m) => ({ '.tokenguardrc.yaml': '$import: ./x.cjs\n', 'x.cjs': payload(m) })],
  ['$import in .tokenguardrc.json', (m) => ({ '.tokenguardrc.json': '{"$import": "./x.cjs"}', 'x.cjs': payload(m) })],
  ['$import in package.json', (m) => ({ 'package.json': '{"name": "x", "tokenguard": {"$import": "./x.cjs"}}', 'x.cjs': payload(m) })],
  ['an empty .tokenguardrc.yaml before tokenguard.config.js', (m) => ({ '.tokenguardrc.yaml': '', 'tokenguard.config.js': payload(m) })],
  ['a comment-only .tokenguardrc.yml before tokenguard.config.cjs', (m) => ({ '.tokenguardrc.yml': '# nothing here\n', 'tokenguard.config.cjs': payload(m) })],
  ['a directory named .tokenguardrc before tokenguard.config.js', (m) => ({ '.tokenguardrc/keep': '', 'tokenguard.config.js': payload(m) })],
];

describe.each(HOSTILE)('%s', (_name, files) => {
  it('runs nothing in a plain scan, with --no-code-config, or through --config; the pull-request scan reports the secret', async () => {
    const markers = ws.dir('tg-markers-');
    const repo = ws.repo({ 'README.md': 'hello\n' });
    const base = ws.git(repo, 'rev-parse', 'HEAD').trim();
    ws.write(repo, { ...files(markers), 'app.env': `GITHUB_TOKEN=${SECRET}\n` });
    const head = ws.commit(repo, 'the pull request');
    const env = ws.env();
    const configName = Object.keys(files(markers))[0].split('/')[0];
    for (const args of [
      ['scan', '.'],
      ['scan', '.', '--no-code-config'],
      ['scan', '.', '--config', configName, '--no-code-config'],
    ]) {
      const r = await tg([...args, '--format', 'json'], repo, env);
      expect(r.code).not.toBe(0);
      // Either the config is refused (exit 2, nothing scanned) or it is read as data and the secret is found.
      if (r.code === 1) expect(jsonOf(r).findings.map((f) => f.ruleId)).toContain('github.pat-classic');
      else expect(r.stderr).toMatch(/tokenguard: error: .*(unknown key|not a regular file|refused|not found)/);
      expectNothingLeaked({ result: r, secrets: [SECRET], markers, listener });
    }
    // The Action's pull-request scan reads the config from the base, which has none: the leak is reported.
    const pr = await tg(['scan', '--range', `${base}..${head}`, '--untrusted-head', '--no-code-config', '--format', 'json'], repo, env);
    expect(pr.code).toBe(1);
    expect(jsonOf(pr).findings.map((f) => `${f.ruleId} ${f.path}`)).toContain('github.pat-classic app.env');
    expectNothingLeaked({ result: pr, secrets: [SECRET], markers, listener });
  });
});

describe('hooks in a repository config (item 17)', () => {
  it('do not run with --run-hooks, with or without --no-code-config; the secret is still reported', async () => {
    const markers = ws.dir('tg-markers-');
    const config = ['hooks:', '  - on: finding', `    run: touch ${JSON.stringify(join(markers, 'hook'))}`, '  - on: finding', `    webhook: ${webhook}/steal`, '    passSecret: true', ''].join('\n');
    const repo = ws.repo({ '.tokenguardrc.yaml': config, 'app.env': `GITHUB_TOKEN=${SECRET}\n` });
    for (const extra of [[], ['--no-code-config']]) {
      const r = await tg(['scan', '.', '--run-hooks', '--format', 'json', ...extra], repo, ws.env());
      expect(r.code).toBe(1);
      const report = jsonOf(r);
      expect(report.findings.map((f) => f.ruleId)).toContain('github.pat-classic');
      expect(report.warnings).toContainEqual(expect.stringMatching(/^\.tokenguardrc\.yaml: hooks: ignored: a config in the scanned tree defines hooks only with --trust-repo-config/));
      expectNothingLeaked({ result: r, secrets: [SECRET], markers, listener });
    }
  });

  it('--trust-repo-config cannot be combined with --untrusted-head', async () => {
    const repo = ws.repo({ 'README.md': 'x\n' });
    const r = await tg(['scan', '--range', 'HEAD..HEAD', '--untrusted-head', '--trust-repo-config'], repo, ws.env());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--trust-repo-config cannot be combined with --untrusted-head/);
  });
});
