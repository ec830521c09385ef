/** The look at the bytes after a keyword: it may only reject positions no match of the rule can start at. */
import fc from 'fast-check';
import RE2 from 're2';
import { confirmFor } from '../../src/engine/confirm';

const at = (text: string, kw: string, regex: string) => {
  const c = confirmFor(regex, kw)!;
  const b = Buffer.from(text);
  return c(b, text.toLowerCase().indexOf(kw.toLowerCase()), kw.length);
};

describe('confirmFor', () => {
  const pat = '\\b(pat[A-Za-z0-9]{14}\\.[a-f0-9]{64})\\b';
  it('rejects words that only start like a token', () => {
    expect(at('const path = "x"', 'pat', pat)).toBe(false);
    expect(at('pattern matching', 'pat', pat)).toBe(false);
    expect(at(`pat${'A'.repeat(14)}.${'a'.repeat(64)}`, 'pat', pat)).toBe(true);
  });
  it('handles an alternation of prefixes and case-insensitive regexes', () => {
    const aws = '\\b((?:AKIA|ASIA)[A-Z0-9]{16})\\b';
    expect(at('AKIAABCDEFGHIJKLMNOP', 'akia', aws)).toBe(true); // tokenguard:allow (a made-up test value)
    expect(at('akiabcdefghij', 'akia', aws)).toBe(false);
    expect(at('XOXB-ABC', 'xoxb-', '(?i)(xoxb-[a-z]{3})')).toBe(true);
  });
  it('has nothing to say about rules whose secret does not start with the keyword', () => {
    expect(confirmFor('{{near:acme}}([a-z0-9]{8})', 'acme')).toBeUndefined();
    expect(confirmFor('(?i)acme[_.-]?key=([a-z0-9]{8})', 'acme')).toBeUndefined();
  });
  it('looks for an @ in the authority of a URL for credential-in-URL rules', () => {
    const uri = '([a-z]+://[^:@/]+:([^@/]+)@)';
    expect(at('see https://example.com/path', '://', uri)).toBe(false);
    expect(at('postgres://app:pw@db/app', '://', uri)).toBe(true);
  });
  it('never rejects a position where the regex matches (property)', () => {
    const rules = ['\\b(ghp_[A-Za-z0-9]{36})\\b', '\\b(sk_live_[A-Za-z0-9]{24,99})\\b', '(xox[bp]-[0-9]{10,13}-[A-Za-z0-9-]{20,})'];
    const kws = ['ghp_', 'sk_live_', 'xoxb-'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        fc.oneof(fc.stringMatching(/^[A-Za-z0-9_ .-]{0,60}$/), fc.stringMatching(/^[A-Za-z0-9]{36,60}$/), fc.stringMatching(/^[0-9]{10,13}-[A-Za-z0-9]{20,30}$/)),
        (i, tail) => {
          const text = `${kws[i]}${tail}`;
          const m = new RE2(rules[i], '').exec(text);
          const c = confirmFor(rules[i], kws[i]);
          if (m && m.index === 0 && c) expect(c(Buffer.from(text), 0, kws[i].length)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
