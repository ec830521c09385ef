import RE2 from 're2';
import { countCaptureGroups, parseRegex, RegexSyntaxError } from '../../src/engine/regex-syntax';
import { generateFromPattern, Prng } from '../../src/rules/fake';
import { patternProblem } from '../../src/rules/compile';

describe('regex syntax', () => {
  it.each([
    ['(a)(b)', 2],
    ['(?:a)(b)', 1],
    ['(?P<secret>x)', 1],
    ['(?i)abc', 0],
    ['(?i:a(b))', 1],
    ['[(]\\(', 0],
    ['((a)|b)', 2],
  ])('counts capture groups in %s', (src, n) => {
    expect(countCaptureGroups(parseRegex(src))).toBe(n);
  });

  it.each([
    ['a(?=b)', /lookahead/],
    ['a(?!b)', /lookahead/],
    ['(?<=a)b', /lookbehind/],
    ['(?<!a)b', /lookbehind/],
    ['(a)\\1', /backreference/],
    ['(?<n>a)\\k<n>', /backreference/],
    ['a++', /possessive/],
  ])('names why RE2 cannot take %s', (src, why) => {
    expect(() => parseRegex(src)).toThrow(RegexSyntaxError);
    expect(patternProblem(src, undefined)).toMatch(why);
  });

  it('requires exactly one capture group when asked', () => {
    expect(patternProblem('abc', 1)).toMatch(/exactly 1 capture group.*found 0/);
    expect(patternProblem('(a)(b)', 1)).toMatch(/found 2/);
    expect(patternProblem('x(a)y', 1)).toBeUndefined();
  });

  it.each([
    '\\b(ghp_[A-Za-z0-9]{36})\\b',
    '(?i:aws_?secret)\\s*=\\s*([A-Za-z0-9/+]{40})',
    '(AKIA|ASIA)[A-Z2-7]{16}',
    'x[^\\s"]{8,12}y',
    '\\d{3}-\\w+\\.[[:xdigit:]]{4}',
    '(?:foo|bar)+baz?\\x41\\x{42}\\Q.*\\E',
  ])('generates strings that RE2 matches for %s', (src) => {
    const re = new RE2(`^(?:${src})$`);
    for (let i = 0; i < 25; i++) {
      const s = generateFromPattern(src, new Prng(`${src}${i}`));
      expect(re.test(s)).toBe(true);
    }
  });
});
