import { join } from 'node:path';
import { runInProcess } from '../helpers/cli';
import { tempDir, writeTree } from '../helpers/fs';

describe('tokenguard rules', () => {
  it('lists every built-in rule', async () => {
    const r = await runInProcess(['rules', 'list', '--format', 'json'], { cwd: tempDir() });
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as Array<{ id: string; severity: string }>;
    expect(list.length).toBeGreaterThanOrEqual(40);
    expect(list.find((x) => x.id === 'github.pat-classic')?.severity).toBe('critical');
    const text = await runInProcess(['rules', 'list'], { cwd: tempDir() });
    expect(text.stdout).toContain(`${list.length} rules`);
  });

  // `rules check` over the built-in rules runs the whole linter (tens of seconds of CPU): it runs once, in
  // test/rules/builtin-rules.test.ts, which holds the check that it passes on them.

  it('reports all problems in the given files at once and exits 2', async () => {
    const dir = tempDir();
    writeTree(dir, {
      'bad.yaml': `provider: acme
rules:
  - id: acme.one
    name: Acme one
    description: First broken rule for the test.
    severity: high
    regex: '(a)(b)'
    keywords: [ab]
    references: [https://example.com]
    examples: { positive: ['ab'], negative: ['x'] }
  - id: acme.two
    name: Acme two
    description: Second broken rule for the test.
    severity: high
    regex: 'k=(\\w+)(?=;)'
    keywords: [k=]
    references: [https://example.com]
    examples: { positive: ['k=1;'], negative: ['x'] }
`,
      'schema.yaml': 'provider: acme\nrules:\n  - id: acme.three\n    bogus: 1\n',
    });
    const r = await runInProcess(['rules', 'check', join(dir, 'bad.yaml'), join(dir, 'schema.yaml')], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('acme.one: regex: needs exactly 1 capture group (the secret), found 2');
    expect(r.stdout).toContain('acme.two: regex: lookahead is not supported by RE2');
    expect(r.stdout).toMatch(/schema\.yaml: rules\[0\]\.bogus: unknown key/);
    expect(r.stdout).toMatch(/schema\.yaml: rules\[0\]\.name: is required/);
  });

  it('holds files under rules/ to the built-in requirements: references and negative examples', async () => {
    const dir = tempDir();
    const rule = `provider: acme
rules:
  - id: acme.token
    name: Acme token
    description: A token of the Acme test format.
    severity: high
    regex: '\\b(acme_[a-z0-9]{24})\\b'
    keywords: [acme_]
    examples: { positive: ['k={{secret}}'] }
`;
    writeTree(dir, { 'rules/providers/acme.yaml': rule, 'mine/acme.yaml': rule });
    const builtin = await runInProcess(['rules', 'check', 'rules/providers/acme.yaml'], { cwd: dir });
    expect(builtin.code).toBe(2);
    expect(builtin.stdout.trim().split('\n')).toEqual([
      'acme.token: references: a rule under rules/ needs at least one (https URL documenting the format)',
      'acme.token: examples.negative: a rule under rules/ needs at least one',
    ]);
    const custom = await runInProcess(['rules', 'check', 'mine/acme.yaml'], { cwd: dir });
    expect(custom.stderr).toMatch(/all good/);
    expect(custom.code).toBe(0);
  });
});
