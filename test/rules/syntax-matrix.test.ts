import RE2 from 're2';
import { checkRules } from '../../src/rules/check';
import { expandRegexMacros } from '../../src/rules/macros';
import { SYNTAXES } from '../../src/generated/rule-file';
import { keyWords, matrixAssignment, syntaxSamples } from '../../src/rules/syntax-matrix';
import type { RuleDefinition } from '../../src/rules/types';

const base = (over: Partial<RuleDefinition>): RuleDefinition => ({
  id: 'acme.api-key',
  name: 'Acme API key',
  description: 'An Acme API key for tests.',
  severity: 'high',
  keywords: ['acme'],
  references: ['https://example.com/docs'],
  examples: { positive: ['ACME_API_KEY={{secret}}'], negative: ['ACME_API_KEY=<key>'] },
  provider: 'acme',
  ...over,
});

describe('regex macros', () => {
  const assign = new RE2(`key${expandRegexMacros('{{assign}}')}(v1)`, '');
  it.each(['key=v1', 'key: v1', '"key": "v1"', '<key>v1', "key => 'v1'", 'key := "v1"', '["key"] = "v1"'.slice(1), 'key = @"v1"'])('{{assign}} joins %s', (text) => {
    expect(assign.test(text)).toBe(true);
  });
  it('leaves unknown macros for RE2 to reject', () => {
    expect(expandRegexMacros('{{nope}}(x)')).toBe('{{nope}}(x)');
  });
  const near = new RE2(`${expandRegexMacros('{{near:acme}}')}([a-z0-9]{8})\\b`, '');
  it.each(['ACME_TOKEN=ab12cd34', 'acme:\n  api_key: ab12cd34', '[acme]\ntoken = ab12cd34', 'new AcmeClient("ab12cd34")', 'const acmeSecret = "ab12cd34"'])('{{near}} finds %j', (text) => {
    expect(near.exec(text)?.[1]).toBe('ab12cd34');
  });
  it.each(['OTHER_TOKEN=ab12cd34', 'acme:\n  url: https://x\n\n\n\n\n\nother:\n  key: ab12cd34', 'acme_docs = see(ab12cd34)'])('{{near}} does not reach %j', (text) => {
    expect(near.test(text)).toBe(false);
  });
});

describe('syntax matrix', () => {
  it('splits keys in every casing into the same words', () => {
    for (const k of ['ACME_API_KEY', 'acme.api-key', 'acmeApiKey', 'AcmeApiKey']) expect(keyWords(k)).toEqual(['acme', 'api', 'key']);
  });

  it('assigns the whole value of a URI example, not the bare secret', () => {
    const def = base({ examples: { positive: ['DATABASE_URL=postgres://app:{{secret}}@db:5432/app'], negative: ['x'] } });
    expect(matrixAssignment(def)).toEqual({ key: 'DATABASE_URL', value: 'postgres://app:{{secret}}@db:5432/app' });
  });

  it('writes the secret in all fifteen syntaxes, minus exemptions and unwritable ones', () => {
    const def = base({ regex: '(x)' });
    expect(syntaxSamples(def, 'abc123DEF456').map((s) => s.syntax)).toEqual([...SYNTAXES]);
    expect(syntaxSamples({ ...def, syntaxExempt: { syntaxes: ['xml', 'go'], reason: 'for the test' } }, 'abc123DEF456')).toHaveLength(13);
    expect(syntaxSamples(def, 'has"quote').map((s) => s.syntax)).not.toContain('json');
    expect(syntaxSamples(def, 'two\nlines')).toEqual([]);
  });

  it('reports each syntax a rule misses, and accepts the rule once it uses the shared macros', () => {
    const narrow = base({ regex: '(?i)acme_api_key=([a-z0-9]{24})\\b', fake: '{{gen:/[a-z0-9]{24}/}}' });
    const missed = checkRules([narrow]).problems.filter((p) => p.includes(': syntax '));
    expect(missed.length).toBeGreaterThanOrEqual(12);
    expect(missed.some((p) => p.startsWith('acme.api-key: syntax xml:'))).toBe(true);
    const wide = base({ regex: '{{near:acme}}([a-z0-9]{24})\\b', fake: '{{gen:/[a-z0-9]{24}/}}' });
    expect(checkRules([{ ...wide, regex: expandRegexMacros(wide.regex!) }]).problems).toEqual([]);
  });
});

describe('{{assign}} and string prefixes', () => {
  const re = new RE2(`key${expandRegexMacros('{{assign}}')}([a-z0-9]{4,12})\\b`, '');
  it.each([
    ['key = r"ab12"', 'ab12'],
    ['key = rbx12', 'rbx12'],
    ['key: frontend12', 'frontend12'],
    ["key = b'uu99'", 'uu99'],
  ])('%s gives %s', (text, want) => {
    expect(re.exec(text)?.[1]).toBe(want);
  });
});
