import { readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, ROOT, runCli, runInProcess } from '../helpers/cli';
import { fake } from '../helpers/fakes';
import { commitAll, gitRepo, tempDir, writeTree } from '../helpers/fs';

const GH = fake('github.pat-classic', 'config');

/** A clean environment whose user config directory holds `text` as config.yaml. */
function cleanEnvWithUserConfig(text: string): NodeJS.ProcessEnv {
  const env = cleanEnv();
  writeTree(join(env.XDG_CONFIG_HOME!, 'tokenguard'), { 'config.yaml': text });
  return env;
}

/** A directory with a token file and the given extra files. */
function project(files: Record<string, string>): string {
  const dir = tempDir();
  writeTree(dir, { 'app.env': `GITHUB_TOKEN=${GH}\n`, ...files });
  return dir;
}

/**
 * `tokenguard scan . -f json` in `dir`, in this process (main() with its own streams, env and cwd). A
 * JavaScript config is loaded by Node's own module loader, which jest's sandbox does not offer: those
 * scans run the real binary (`spawned`).
 */
async function scan(dir: string, ...extra: string[]) {
  const r = await runInProcess(['scan', '.', '-f', 'json', ...extra], { cwd: dir });
  return { ...r, report: r.stdout ? JSON.parse(r.stdout) : undefined };
}

async function scanSpawned(dir: string, ...extra: string[]) {
  const r = await runCli(['scan', '.', '-f', 'json', ...extra], { cwd: dir });
  return { ...r, report: r.stdout ? JSON.parse(r.stdout) : undefined };
}

describe('config: validation errors name the file and key, and exit 2', () => {
  it.each([
    ['.tokenguardrc.json', '{"rulez": {}}', '.tokenguardrc.json: rulez: unknown key'],
    ['.tokenguardrc.json', '{"allowlist": {"pathz": ["a"]}}', '.tokenguardrc.json: allowlist.pathz: unknown key'],
    ['.tokenguardrc.yaml', 'maxFileSize: huge\n', '.tokenguardrc.yaml: maxFileSize: invalid value; expected: Files larger than this'],
    ['.tokenguardrc.yaml', 'rules:\n  disable: [1]\n', '.tokenguardrc.yaml: rules.disable[0]: must be string'],
    ['.tokenguardrc', '{"rules": {"custom": [{"id": "acme.key"}]}}', '.tokenguardrc: rules.custom[0].name: is required'],
    ['.tokenguardrc.json', '{"rules": {"disable": ["no.such-rule"]}}', '.tokenguardrc.json: rules.disable[0]: unknown rule id'],
    ['.tokenguardrc.json', '{"allowlist": {"regexes": ["(?<=x)y"]}}', '.tokenguardrc.json: allowlist.regexes[0]: RE2 cannot compile it'],
    ['.tokenguardrc.json', '[]', '.tokenguardrc.json: (root): must be an object'],
  ])('%s %s', async (file, content, message) => {
    const r = await scan(project({ [file]: content }));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`tokenguard: error: ${message}`);
  });

  it('reports every problem, one line each', async () => {
    const r = await scan(project({ '.tokenguardrc.json': '{"a": 1, "b": 2, "maxFileSize": 0}' }));
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual(expect.arrayContaining(['tokenguard: error: .tokenguardrc.json: a: unknown key', 'tokenguard: error: .tokenguardrc.json: b: unknown key']));
    expect(lines.some((l) => l.startsWith('tokenguard: error: .tokenguardrc.json: maxFileSize:'))).toBe(true);
  });

  it('reports every kind of problem of every layer in one pass, one line each, with "did you mean"', async () => {
    const custom = (id: string, regex: string) => ({ id, name: 'Acme', description: 'A test rule.', severity: 'low', regex, keywords: ['acme_'], examples: { positive: ['k={{secret}}'] } });
    const config = {
      allowlists: { paths: ['x'] },
      allowlist: { regexes: ['(?<=a)b', 'ok', '(unclosed'], pathz: ['y'] },
      rules: {
        disable: ['no.such-rule', 'github.pat-classic', 'acme.defined-elsewhere', 'also.missing'],
        custom: [custom('acme.bad', '(acme_[a-z]{8}'), custom('github.pat-classic', '(acme_[a-z]{8})')],
      },
      maxFileSize: 'huge',
      ignoreComment: ['x:allow'],
    };
    const dir = project({ '.tokenguardrc.json': JSON.stringify(config) });
    const env = cleanEnvWithUserConfig(`rules:\n  custom: [${JSON.stringify(custom('acme.defined-elsewhere', '(acme_[a-z]{8})'))}]\n  disable: [nope.nope]\nverify: { rateLimt: 2 }\n`);
    const r = await runInProcess(['scan', '.'], { cwd: dir, env });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const user = join(env.XDG_CONFIG_HOME!, 'tokenguard', 'config.yaml');
    const at = (line: string) => `tokenguard: error: .tokenguardrc.json: ${line}`;
    const lines = r.stderr.trim().split('\n');
    const expected = [
      `tokenguard: error: ${user}: verify.rateLimt: unknown key; did you mean \`rateLimit\`?`,
      `tokenguard: error: ${user}: rules.disable[0]: unknown rule id`,
      at('allowlists: unknown key; did you mean `allowlist`?'),
      at('allowlist.pathz: unknown key; did you mean `paths`?'),
      at('ignoreComment: unknown key; did you mean `ignoreComments`?'),
      expect.stringMatching(/^tokenguard: error: \.tokenguardrc\.json: maxFileSize: invalid value/),
      at('allowlist.regexes[0]: RE2 cannot compile it (no lookaround, backreferences or possessive quantifiers)'),
      at('allowlist.regexes[2]: RE2 cannot compile it (no lookaround, backreferences or possessive quantifiers)'),
      expect.stringMatching(/^tokenguard: error: \.tokenguardrc\.json: rules\.custom\[0\]: regex: missing "\)"/),
      at('rules.custom[1].id: already used by a built-in rule'),
      at('rules.disable[0]: unknown rule id'),
      at('rules.disable[3]: unknown rule id'),
    ];
    expect(lines).toEqual(expect.arrayContaining(expected));
    expect(lines).toHaveLength(expected.length);
  });

  it('accepts custom rules without references or negative examples', async () => {
    const rules = `rules:\n  custom:\n    - { id: acme.api-key, name: Acme API key, description: An Acme key., severity: medium, regex: '\\b(acme_[a-z0-9]{24})\\b', keywords: [acme_], examples: { positive: ['k={{secret}}'] } }\n`;
    const dir = project({ '.tokenguardrc.yaml': rules, 'k.txt': 'KEY=acme_q7k2m9x4z8w1p5r3t6v0y2b8\n' });
    const r = await runInProcess(['scan', '.', '-f', 'json'], { cwd: dir });
    expect(r.stderr).not.toMatch(/error/);
    expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('acme.api-key');
    // `rules check` with this rule in a config runs the whole built-in linter too: it runs once, in
    // test/rules/builtin-rules.test.ts, with this rule beside the built-in ones.
  });

  it('names the file and position of a YAML syntax error', async () => {
    const r = await scan(project({ '.tokenguardrc.yaml': 'rules:\n  disable: [a\n' }));
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^tokenguard: error: \.tokenguardrc\.yaml: invalid YAML: .*\(3:1\)$/);
  });

  it('rejects a custom rule RE2 cannot run, naming the rule and the reason', async () => {
    const rule = {
      id: 'acme.api-key',
      name: 'Acme API key',
      description: 'An Acme key used in tests.',
      severity: 'high',
      regex: '(?=acme_)(acme_[a-z]{8})',
      keywords: ['acme_'],
      references: ['https://example.com'],
      examples: { positive: ['k={{secret}}'], negative: ['acme_'] },
    };
    const r = await scan(project({ '.tokenguardrc.json': JSON.stringify({ rules: { custom: [rule] } }) }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.tokenguardrc.json: rules.custom[0]: regex: lookahead is not supported by RE2');
  });

  it('does not echo the text of a broken JSON config', async () => {
    const r = await scan(project({ '.tokenguardrc.json': `{"allowlist": {"regexes": ["${GH}"]` }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^tokenguard: error: \.tokenguardrc\.json: invalid JSON: /);
    expect(r.stderr).not.toContain(GH);
    expect(r.stderr).not.toContain(GH.slice(4, 20));
  });

  it('fails on a missing --config file', async () => {
    const r = await scan(project({}), '--config', 'nope.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.yaml: config file not found');
  });
});

describe('config: what it controls', () => {
  it('disables rules by id', async () => {
    const r = await scan(project({ '.tokenguardrc.yaml': 'rules:\n  disable: [github.pat-classic, generic.secret-assignment]\n' }));
    expect(r.code).toBe(0);
    expect(r.report.findings).toEqual([]);
  });

  it('adds custom rules in the built-in format', async () => {
    const rules = `rules:
  custom:
    - id: acme.api-key
      name: Acme API key
      description: An internal Acme API key.
      severity: medium
      regex: '\\b(acme_[a-z0-9]{24})\\b'
      keywords: [acme_]
      references: [https://wiki.acme.test/keys]
      examples: { positive: ['k={{secret}}'], negative: ['acme_'] }
`;
    const dir = project({ '.tokenguardrc.yml': rules, 'k.txt': 'KEY=acme_q7k2m9x4z8w1p5r3t6v0y2b8\n' });
    const r = await scan(dir);
    expect(r.code).toBe(1);
    expect(r.report.findings.map((f: { ruleId: string }) => f.ruleId).sort()).toEqual(['acme.api-key', 'github.pat-classic']);
    const list = await runInProcess(['rules', 'list'], { cwd: dir });
    expect(list.stdout).toMatch(/acme\.api-key +medium +Acme API key/);
  });

  it('skips allowlisted paths and suppresses allowlisted secrets', async () => {
    const byPath = await scan(project({ '.tokenguardrc.json': JSON.stringify({ allowlist: { paths: ['*.env'] } }) }));
    expect(byPath.code).toBe(0);
    expect(byPath.report.summary.files).toBe(1); // only the config file itself
    const byRegex = await scan(project({ '.tokenguardrc.json': JSON.stringify({ allowlist: { regexes: [`${GH.slice(-6)}$`] } }) }));
    expect(byRegex.code).toBe(0);
  });

  it('takes maxFileSize from the config, and the flag over the config', async () => {
    const dir = project({ '.tokenguardrc.json': '{"maxFileSize": "10B"}' });
    const r = await scan(dir);
    expect(r.report.skipped.map((s: { path: string }) => s.path).sort()).toEqual(['.tokenguardrc.json', 'app.env']);
    const r2 = await scan(dir, '--max-file-size', '1MB');
    expect(r2.report.findings).toHaveLength(1);
  });

  it.each([
    ['package.json', JSON.stringify({ name: 'x', tokenguard: { rules: { disable: ['github.pat-classic', 'generic.secret-assignment'] } } })],
    ['tokenguard.config.js', "module.exports = { rules: { disable: ['github.pat-classic', 'generic.secret-assignment'] } };"],
    ['tokenguard.config.cjs', "module.exports = { rules: { disable: ['github.pat-classic', 'generic.secret-assignment'] } };"],
    ['tokenguard.config.mjs', "export default { rules: { disable: ['github.pat-classic', 'generic.secret-assignment'] } };"],
    ['.tokenguardrc', 'rules:\n  disable: [github.pat-classic, generic.secret-assignment]\n'],
  ])('loads %s (a JavaScript config in the scanned tree only with --trust-repo-config)', async (file, content) => {
    const js = /\.[cm]?js$/.test(file);
    const r = await (js ? scanSpawned : scan)(project({ [file]: content }), ...(js ? ['--trust-repo-config'] : []));
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
  });

  it('ignores a package.json without a tokenguard key', async () => {
    const r = await scan(project({ 'package.json': '{"name": "x"}' }));
    expect(r.code).toBe(1);
  });

  it('searches from the scanned path up to the repository root, and no further', async () => {
    const repo = gitRepo({ '.tokenguardrc.yaml': 'rules:\n  disable: [github.pat-classic, generic.secret-assignment]\n', 'pkg/sub/a.env': `T=${GH}\n` });
    commitAll(repo);
    const r = await runInProcess(['scan', 'pkg/sub'], { cwd: repo });
    expect(r.code).toBe(0);
    const outer = tempDir();
    writeTree(outer, { '.tokenguardrc.yaml': 'rules:\n  disable: [github.pat-classic, generic.secret-assignment]\n' });
    const inner = gitRepo({ 'a.env': `T=${GH}\n` });
    renameSync(inner, join(outer, 'repo'));
    const r2 = await runInProcess(['scan', join(outer, 'repo')]);
    expect(r2.code).toBe(1);
  });

  it('uses --config instead of searching', async () => {
    const dir = project({ '.tokenguardrc.json': '{"rules": {"disable": ["github.pat-classic", "generic.secret-assignment"]}}', 'strict.json': '{}' });
    expect((await scan(dir)).code).toBe(0);
    expect((await scan(dir, '--config', 'strict.json')).code).toBe(1);
  });
});

describe('published config schema', () => {
  it('embeds exactly the rule-file schema for custom rules and ships in the package', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'schema', 'tokenguard.config.schema.json'), 'utf8'));
    const ruleFile = JSON.parse(readFileSync(join(ROOT, 'rules', 'schema', 'rule-file.schema.json'), 'utf8'));
    for (const [name, def] of Object.entries(ruleFile.definitions)) expect(config.definitions[name]).toEqual(def);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.files).toEqual(expect.arrayContaining(['schema/', 'rules/']));
  });
});
