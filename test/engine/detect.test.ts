import { detect, type DropCounts } from '../../src/engine/detect';
import { fingerprint } from '../../src/engine/fingerprint';
import { assignIdentities, IdentityCache, secretIdentity } from '../../src/engine/identity';
import { buildRuleSet } from '../../src/rules/registry';
import { frag, testRule } from '../helpers/engine';

const TOKEN = 'tok_a1b2c3d4e5f6g7h8'; // tokenguard:allow (a made-up test value)

describe('detect', () => {
  const set = buildRuleSet({ definitions: [testRule({ id: 'test.tok', minEntropy: 3 })], allowlistRegexes: [] });

  it('finds the secret group with 1-based line and column from byte offsets', async () => {
    const [f] = detect(frag(`first\nkey = "${TOKEN}"\n`), set);
    expect(f).toMatchObject({ ruleId: 'test.tok', secret: TOKEN, line: 2, column: 8, endLine: 2, endColumn: 8 + TOKEN.length, path: 'f.txt', source: 'worktree' });
    // The engine leaves identity to the step after the scan, which hashes each distinct secret once.
    expect(f.secretId).toBe('');
    await assignIdentities([f], new IdentityCache());
    expect(f.secretId).toBe(await secretIdentity(TOKEN));
    expect(f.fingerprint).toBe(fingerprint('test.tok', 'f.txt', f.secretId));
    expect(f.lineText).toBe(`key = "${TOKEN}"`);
  });

  it('keeps the fingerprint when the line moves, and changes it for another secret', async () => {
    const a = detect(frag(`x=${TOKEN}`), set)[0];
    const b = detect(frag(`\n\n\n  x=${TOKEN}`), set)[0];
    const c = detect(frag(`x=tok_zzzzzzzzzzzzzzz1`.replace('zzzzzzzzzzzzzzz1', 'q9w8e7r6t5y4u3i2')), set)[0];
    await assignIdentities([a, b, c], new IdentityCache());
    expect(b.line).toBe(4);
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(c.fingerprint).not.toBe(a.fingerprint);
  });

  it('handles CRLF, multi-byte characters and bytes that are not UTF-8', () => {
    const text = Buffer.concat([Buffer.from('a\r\nünï '), Buffer.from([0xff, 0xfe]), Buffer.from(` ${TOKEN}\r\n`)]);
    const [f] = detect(frag(text), set);
    expect(f.line).toBe(2);
    expect(f.column).toBe(8); // ü n ï space \xff \xfe space: 7 columns before the secret
    expect(f.lineText.endsWith(TOKEN)).toBe(true);
  });

  it('skips fragments without a keyword and counts entropy drops', () => {
    expect(detect(frag('nothing to see'), set)).toEqual([]);
    const dropped: DropCounts = {};
    expect(detect(frag('tok_aaaaaaaaaaaaaaaa'), set, dropped)).toEqual([]);
    expect(dropped.entropy).toBe(1);
  });

  it('applies stopwords, the rule allowlist and the config allowlist', () => {
    const rules = [
      testRule({ id: 'test.stop', stopwords: ['c3d4'] }),
      testRule({ id: 'test.allow', regex: '\\b(key_[a-z0-9]{16})\\b', keywords: ['key_'], allowlist: { regexes: ['^key_0'], paths: ['docs/**'] } }),
    ];
    const s = buildRuleSet({ definitions: rules, allowlistRegexes: ['zz$'] });
    const d: DropCounts = {};
    expect(detect(frag(`${TOKEN} key_0aaaaaaaaaaaaaaa key_1bbbbbbbbbbbbbzz`), s, d)).toEqual([]);
    expect(d).toEqual({ stopword: 1, allowlist: 2 });
    expect(detect(frag('key_1bbbbbbbbbbbbbbb', 'docs/a.md'), s)).toEqual([]);
    expect(detect(frag('key_1bbbbbbbbbbbbbbb', 'src/a.md'), s)).toHaveLength(1);
  });

  it('lets a specific rule win over a generic one on the same bytes', () => {
    const s = buildRuleSet({
      definitions: [testRule({ id: 'test.specific' }), testRule({ id: 'test.generic', generic: true, regex: 'key=([a-z0-9_]{10,})', keywords: ['key='] })],
      allowlistRegexes: [],
    });
    const found = detect(frag(`key=${TOKEN}\nkey=othervalue123`), s);
    expect(found.map((f) => f.ruleId)).toEqual(['test.specific', 'test.generic']);
  });

  it('skips matches that lie wholly in the overlap a previous fragment covered', () => {
    const bytes = Buffer.from(`${TOKEN}\n${TOKEN.replace('a1', 'z9')}\n`);
    const f = { ...frag(bytes), overlap: TOKEN.length + 1, offset: 100, startLine: 7 };
    const found = detect(f, set);
    expect(found).toHaveLength(1);
    expect(found[0].line).toBe(8);
    expect(found[0].startOffset).toBe(100 + TOKEN.length + 1);
  });
});
