/**
 * The spec test: every built-in verify and revoke spec validates against the rule-file schema (the
 * loader refuses anything else) and passes the spec lint: https, a fixed public host, and every
 * template name available where it is used. The lint itself is shown to catch each kind of mistake.
 */
import { builtinRuleFiles, rulesOf } from '../../src/rules/load';
import { specProblems } from '../../src/rules/spec-check';
import type { RuleDefinition } from '../../src/rules/types';
import type { RequestSpec } from '../../src/verify/types';

const rules = rulesOf(builtinRuleFiles());
const specd = rules.filter((r) => r.verify || r.revoke);

function requestsOf(r: RuleDefinition): RequestSpec[] {
  return [r.verify?.request, ...(r.revoke?.steps ?? []).map((s) => s.request)].filter((x): x is RequestSpec => x !== undefined);
}

test('every built-in spec passes the lint', () => {
  expect(specd.length).toBeGreaterThan(100);
  expect(specd.flatMap(specProblems)).toEqual([]);
});

test('every request goes to an https host that is a public DNS name, fixed but for one tenant label', () => {
  for (const r of specd) {
    for (const req of requestsOf(r)) {
      const url = new URL(req.url.replace(/^https:\/\/\{\{needs\.[a-z0-9_]+\}\}\./, 'https://tenant.').replace(/\{\{[^}]*\}\}/g, 'x'));
      expect({ rule: r.id, protocol: url.protocol, publicName: /^[a-z0-9.-]+\.[a-z]{2,}$/.test(url.hostname) }).toEqual({ rule: r.id, protocol: 'https:', publicName: true });
    }
  }
});

describe('the lint catches', () => {
  const base = rules.find((r) => r.id === 'github.pat-classic')!;
  const withUrl = (url: string): RuleDefinition => ({ ...base, revoke: undefined, verify: { ...base.verify!, request: { ...base.verify!.request!, url } } });

  test.each([
    ['http', 'http://api.github.com/user', /must be https/],
    ['a templated host', 'https://{{secret}}.example.com/user', /host may not be a template/],
    ['a host that is not a public name', 'https://localhost/user', /public DNS name/],
    ['an undeclared need', 'https://api.github.com/users/{{needs.login}}', /needs\.login/],
  ])('%s', (_what, url, problem) => {
    expect(specProblems(withUrl(url)).join('\n')).toMatch(problem);
  });

  test('a capture used before the step that makes it', () => {
    const bad: RuleDefinition = { ...base, revoke: { steps: [{ request: { method: 'DELETE', url: 'https://api.github.com/x/{{steps.0.id}}' } }] } };
    expect(specProblems(bad).join('\n')).toMatch(/steps\.0\.id/);
  });
});
