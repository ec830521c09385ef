import { checkRules } from '../../src/rules/check';
import { testRule } from '../helpers/engine';

describe('rule linter', () => {
  it('accepts a good rule', () => {
    expect(checkRules([testRule({ id: 'acme.tok', examples: { positive: ['TOKEN={{secret}}', '"t": "{{secret}}"'], negative: ['tok_xxxx'] } })]).problems).toEqual([]);
  });

  it('reports every problem at once', () => {
    const problems = checkRules([
      testRule({ id: 'Bad_Id' }),
      testRule({ id: 'acme.two-groups', regex: '(tok_)([a-z0-9]{16})' }),
      testRule({ id: 'acme.lookahead', regex: '(?=tok_)(tok_[a-z0-9]{16})' }),
      testRule({ id: 'acme.no-kw', keywords: ['zzz'] }),
      testRule({ id: 'acme.no-match', examples: { positive: ['nothing here tok_'], negative: ['x'] } }),
      testRule({ id: 'acme.neg-matches', examples: { positive: ['a={{secret}}'], negative: ['tok_k3q9z7m2x8w4p6r1'] } }),
      testRule({ id: 'acme.wrong-secret', examples: { positive: [{ text: 'a=tok_k3q9z7m2x8w4p6r1', secret: 'tok_zzzzzzzzzzzzzzzz' }], negative: ['x'] } }),
      testRule({ id: 'acme.dup' }),
      testRule({ id: 'acme.dup' }),
      testRule({ id: 'acme.end-of-text', regex: '(tok_[a-z0-9]{16})[ \\t]*\\r?$', examples: { positive: ['TOKEN={{secret}}'], negative: ['x'] } }),
    ]).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Bad_Id: id must be dotted lowercase/),
        'acme.two-groups: regex: needs exactly 1 capture group (the secret), found 2',
        'acme.lookahead: regex: lookahead is not supported by RE2',
        expect.stringMatching(/^acme\.no-kw: examples\.positive\[0\]: contains none of the keywords/),
        'acme.no-match: examples.positive[0]: no match',
        'acme.neg-matches: examples.negative[0]: unexpectedly matched',
        expect.stringMatching(/^acme\.wrong-secret: examples\.positive\[0\]: matched 1 secret\(s\) but not the expected one/),
        'acme.dup: id is used by 2 rules',
        'acme.end-of-text: examples.positive[0]: no match once a line follows it (a $ without (?m)?)',
      ]),
    );
    // The problem text never carries the generated secret itself.
    expect(problems.join('\n')).not.toMatch(/tok_[a-z0-9]{16}/);
  });

  it('accepts an end-of-line anchor under (?m), and a whole-file rule', () => {
    // The syntax matrix is a check of its own; these rules read a line's end or a whole file.
    const EXEMPT = { syntaxes: 'all' as const, reason: 'anchored to a line end or to the whole file' };
    const rules = [
      testRule({ id: 'acme.end-of-line', regex: '(?m)(tok_[a-z0-9]{16})[ \\t]*\\r?$', examples: { positive: ['TOKEN={{secret}}'], negative: ['x'] }, syntaxExempt: EXEMPT }),
      testRule({ id: 'acme.whole-file', regex: '\\A\\s*(tok_[a-z0-9]{16})\\s*\\z', examples: { positive: ['{{secret}}'], negative: ['x'] }, syntaxExempt: EXEMPT }),
    ];
    expect(checkRules(rules).problems).toEqual([]);
  });
});
