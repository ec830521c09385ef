/** The built-in rules as a whole; the same checks with other fake secrets are in builtin-rules-seeds.test.ts. */
import { builtinProblems, checkRules } from '../../src/rules/check';
import { builtinRuleFiles, readRuleDir, RULES_DIR, rulesOf } from '../../src/rules/load';

describe('built-in rules', () => {
  const files = readRuleDir(RULES_DIR);
  const rules = rulesOf(files);

  it('all pass the rule linter: ids, RE2 patterns, keywords, and every example', () => {
    const report = checkRules(rules);
    expect(report.problems).toEqual([]);
    expect(report.examples).toBeGreaterThanOrEqual(rules.length * 3);
  });

  it('each have references and negative examples (optional for custom rules, required under rules/)', () => {
    expect(rules.flatMap(builtinProblems)).toEqual([]);
  });

  it('match the bundle the build ships (which adds each rule\'s window span)', () => {
    const bundled = builtinRuleFiles().map((f) => ({ ...f, rules: f.rules.map(({ windowSpan: _w, lineLocal: _l, ...r }) => r) }));
    expect(bundled).toEqual(files);
  });

  it('cover the providers the core scanner promises', () => {
    const ids = new Set(rules.map((r) => r.id));
    expect(rules.length).toBeGreaterThanOrEqual(40);
    for (const provider of ['aws', 'github', 'gitlab', 'slack', 'stripe', 'google', 'openai', 'anthropic', 'npm', 'pypi', 'twilio', 'sendgrid', 'mailgun', 'heroku', 'digitalocean', 'huggingface', 'shopify', 'discord', 'telegram', 'azure', 'private-key', 'jwt', 'database']) {
      expect(rules.filter((r) => r.provider === provider).length).toBeGreaterThan(0);
    }
    expect(ids.has('github.pat-classic')).toBe(true);
  });

  it('each live in one file per provider', () => {
    const providers = files.map((f) => f.provider);
    expect(new Set(providers).size).toBe(providers.length);
    for (const f of files) for (const r of f.rules) expect(r.id.startsWith(`${f.provider}.`)).toBe(true);
  });
});
