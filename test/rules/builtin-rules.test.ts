/**
 * The built-in rules as a whole, and the same checks with other fake secrets. The whole linter over them
 * (every pattern and example of 1,100 rules: about 8 s of CPU, most of it compiling the patterns and their first matches)
 * runs once as `tokenguard rules check` (main() of the built CLI), with a config custom rule beside them,
 * and the tests that need its outcome share that run. The run with another seed follows it in the same
 * process, where the compiled patterns are already there (src/engine/patterns.ts). That process is a
 * child, not jest's worker, on purpose: 1,100 compiled RE2 patterns hold about 900 MB of native memory,
 * which the worker would keep for the rest of the suite, and every git or node child it forks later
 * would copy that much page table (tens of milliseconds per fork).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { builtinProblems } from '../../src/rules/check';
import { builtinRuleFiles, readRuleDir, RULES_DIR, rulesOf } from '../../src/rules/load';
import { cleanEnv, ROOT, type CliResult } from '../helpers/cli';
import { tempDir, writeTree } from '../helpers/fs';

/** A custom rule in a config, with neither references nor negative examples (both required under rules/ only). */
const CUSTOM = `rules:\n  custom:\n    - { id: acme.api-key, name: Acme API key, description: An Acme key., severity: medium, regex: '\\b(acme_[a-z0-9]{24})\\b', keywords: [acme_], examples: { positive: ['k={{secret}}'] } }\n`;

const files = readRuleDir(RULES_DIR);
const rules = rulesOf(files);
// One draw besides the linter's own: each extra draw re-checks 21,000 examples (about 2 s of CPU), and
// the quality test (test/quality.test.ts) draws every rule's fakes twice more.
const SEEDS = ['seed-a'];

/** What the child process reports: the `rules check` run, and checkRules' report per seed. */
interface Linted {
  check: CliResult;
  seeds: Record<string, { examples: number; problems: string[] }>;
}

/** Runs `tokenguard rules check` in a folder whose config adds CUSTOM, then checkRules per seed, in one child process. */
function lintInChild(): Linted {
  const dir = tempDir();
  writeTree(dir, { '.tokenguardrc.yaml': CUSTOM });
  const built = (file: string) => JSON.stringify(join(ROOT, 'dist', ...file.split('/')));
  const script = `
    const { main } = require(${built('cli/main.js')});
    const { checkRules } = require(${built('rules/check.js')});
    const { readRuleDir, RULES_DIR, rulesOf } = require(${built('rules/load.js')});
    const sink = () => { const parts = []; return { parts, write: (c) => (parts.push(c), true), isTTY: false }; };
    (async () => {
      const out = sink(), err = sink();
      const code = await main(['node', 'tokenguard', 'rules', 'check'], { stdout: out, stderr: err, stdin: process.stdin, env: process.env, cwd: ${JSON.stringify(dir)} });
      const seeds = {};
      const rules = rulesOf(readRuleDir(RULES_DIR));
      for (const seed of ${JSON.stringify(SEEDS)}) seeds[seed] = checkRules(rules, seed);
      process.stdout.write(JSON.stringify({ check: { code, stdout: out.parts.join(''), stderr: err.parts.join('') }, seeds }));
    })();`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: dir, env: cleanEnv(), encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`the linter's child process failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Linted;
}

let linted: Linted;
beforeAll(() => {
  linted = lintInChild();
});

describe('built-in rules', () => {
  /** `tokenguard rules check` in a folder whose config adds CUSTOM: the built-in rules (as shipped) plus that one. */
  let check: CliResult;

  beforeAll(() => {
    check = linted.check;
  });

  it('all pass the rule linter: ids, RE2 patterns, keywords, and every example', () => {
    // The linter (checkRules) prints each problem as a line on stdout and sums up on stderr.
    expect(check.stdout).toBe('');
    const [, checked, examples] = /checked (\d+) rules and (\d+) examples/.exec(check.stderr) ?? [];
    expect(Number(checked)).toBe(rules.length + 1);
    expect(Number(examples)).toBeGreaterThanOrEqual(rules.length * 3);
  });

  it('`tokenguard rules check` passes on them (from test/e2e/rules-cli.test.ts)', () => {
    expect(check.stderr).toMatch(/all good/);
    expect(check.code).toBe(0);
  });

  it('`tokenguard rules check` accepts custom rules without references or negative examples (from test/config/config.test.ts)', () => {
    expect(check.stderr).toMatch(new RegExp(`checked ${rules.length + 1} rules .*: all good`));
  });

  it('each have references and negative examples (optional for custom rules, required under rules/)', () => {
    expect(rules.flatMap(builtinProblems)).toEqual([]);
  });

  it("match the bundle the build ships (which adds each rule's window span)", () => {
    const bundled = builtinRuleFiles().map((f) => ({ ...f, rules: f.rules.map(({ windowSpan: _w, lineLocal: _l, ...r }) => r) }));
    expect(bundled).toEqual(files);
  });

  it('cover the providers the core scanner promises', () => {
    const ids = new Set(rules.map((r) => r.id));
    expect(rules.length).toBeGreaterThanOrEqual(40);
    for (const provider of [
      'aws',
      'github',
      'gitlab',
      'slack',
      'stripe',
      'google',
      'openai',
      'anthropic',
      'npm',
      'pypi',
      'twilio',
      'sendgrid',
      'mailgun',
      'heroku',
      'digitalocean',
      'huggingface',
      'shopify',
      'discord',
      'telegram',
      'azure',
      'private-key',
      'jwt',
      'database',
    ]) {
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

describe('built-in rules with different fake secrets', () => {
  // The examples must not depend on one lucky draw.
  it.each(SEEDS)('all pass the rule linter with fake secrets drawn from %s', (seed) => {
    expect(linted.seeds[seed].problems).toEqual([]);
    expect(linted.seeds[seed].examples).toBeGreaterThanOrEqual(rules.length * 3);
  });
});
