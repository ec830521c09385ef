/**
 * Rules tied to file names run on a fragment only when one of their keywords occurs in it (ASCII case
 * folded). The prefilter looks for all of a path's keywords in one RE2 set pass; the expected answer
 * here is a plain lower-case substring search, written apart from it.
 */
import { selectRules, buildRuleSet } from '../../src/rules/registry';

const ruleSet = buildRuleSet(selectRules({}));
const pathRules = ruleSet.rules.filter((r) => r.def.path !== undefined && (r.def.regex !== undefined || r.def.extractor));

/** The path rules the prefilter picks for `text` at `path`. */
function picked(text: string, path: string): string[] {
  const ids = new Set(pathRules.map((r) => r.def.id));
  return ruleSet.prefilter
    .sift(Buffer.from(text), path)
    .rules.filter((r) => ids.has(r.def.id))
    .map((r) => r.def.id);
}

/** The path rules that match `path` by name and whose keywords (any, or none at all) occur in `text`. */
function expected(text: string, path: string): string[] {
  const lower = text.toLowerCase();
  return pathRules
    .filter((r) => new RegExp(r.def.path!.replace(/^\(\?i\)/, ''), r.def.path!.startsWith('(?i)') ? 'i' : '').test(path))
    .filter((r) => r.keywords.length === 0 || r.keywords.some((k) => lower.includes(k.toLowerCase())))
    .map((r) => r.def.id);
}

describe('path rules in the prefilter', () => {
  it('has path rules with keywords, and some without', () => {
    expect(pathRules.filter((r) => r.keywords.length > 0).length).toBeGreaterThan(10);
    expect(pathRules.filter((r) => r.keywords.length === 0).length).toBeGreaterThan(5);
  });

  const texts = [
    'Nothing to see here, just notes about the garden.\n',
    'Log in to the portal with the shared account.\n',
    'WIFI network: office-guest\n',
    'the Wi-Fi PASSWORD is on the fridge\n',
    'user / pass for the staging box\n',
    'Sign-In details below\n',
    '{"kty": "EC", "crv": "P-256", "d": "x"}\n',
  ];
  const paths = ['docs/runbook.md', 'notes/onboarding.txt', 'keys/jwk.json', 'README.md', 'src/index.ts', 'config/app.json'];

  it.each(paths)('picks, at %s, exactly the rules whose path matches and whose keyword occurs', (path) => {
    let some = 0;
    for (const text of texts) {
      const want = expected(text, path);
      expect({ text, ids: picked(text, path) }).toEqual({ text, ids: want });
      some += want.length;
    }
    // Source files match no prose rule; the others must exercise the keyword check.
    if (path !== 'src/index.ts') expect(some).toBeGreaterThan(0);
  });

  it('a keyword in another case still counts, and its absence leaves the rule out', () => {
    const prose = pathRules.find((r) => r.def.id === 'generic.prose-wifi-passphrase');
    expect(prose).toBeDefined();
    expect(picked('the WIFI code', 'docs/office.md')).toContain('generic.prose-wifi-passphrase');
    expect(picked('the coffee machine', 'docs/office.md')).not.toContain('generic.prose-wifi-passphrase');
  });
});
