import { analyze } from '../../src/engine/analyze';
import { decodeSpan, DEFAULT_DECODE, encodedSpans } from '../../src/engine/decode';
import type { DropCounts } from '../../src/engine/detect';
import { DEFAULT_ENGINE_OPTIONS } from '../../src/engine/ruleset';
import { buildRuleSet } from '../../src/rules/registry';
import { runCli } from '../helpers/cli';
import { frag, testRule } from '../helpers/engine';

const TOKEN = 'tok_q9w8e7r6t5y4u3i2';
const b64 = (s: string) => Buffer.from(s).toString('base64');

function ruleSet(depth = DEFAULT_DECODE.depth) {
  return buildRuleSet({
    definitions: [testRule({ id: 'test.tok', minEntropy: 3 }), testRule({ id: 'test.pw', generic: true, regex: '(?i)password\\s*[:=]\\s*(\\S{6,})', keywords: ['password'] })],
    allowlistRegexes: [],
    engine: { ...DEFAULT_ENGINE_OPTIONS, decode: { ...DEFAULT_DECODE, depth } },
  });
}

describe('decoding', () => {
  it('decodes base64, URL-encoded and hex spans, and leaves other text alone', () => {
    expect(decodeSpan(b64(`token is ${TOKEN} here`))?.encoding).toBe('base64');
    expect(decodeSpan(`a%3D${encodeURIComponent(TOKEN)}%26b`)?.encoding).toBe('url');
    expect(decodeSpan(Buffer.from(`k=${TOKEN}`).toString('hex'))?.encoding).toBe('hex');
    expect(decodeSpan('ThisIsAVeryLongJavaClassNameIndeed')).toBeUndefined();
    expect(decodeSpan('0123456789abcdef0123456789abcdef01234567')).toBeUndefined();
  });

  it('reports a secret found in decoded text at the encoded span', () => {
    const encoded = b64(`key ${TOKEN} end`);
    const text = `line one\nconfig: ${encoded}\n`;
    const [f] = analyze(frag(text), ruleSet());
    expect(f).toMatchObject({ ruleId: 'test.tok', secret: TOKEN, line: 2, column: 9, endLine: 2, endColumn: 9 + encoded.length, encoding: ['base64'] });
    expect(f.encodedText).toBe(encoded);
  });

  it('keeps the key of an assignment when the value is encoded (base64 and URL)', () => {
    const pw = 'Kp9#mZ2!qLx7';
    expect(analyze(frag(`password=${encodeURIComponent(pw + '%&@')}`), ruleSet()).map((f) => f.encoding)).toEqual([['url']]);
    expect(analyze(frag(`password: ${b64(pw + '$$ and more text')}`), ruleSet())).toHaveLength(1);
  });

  it('decodes Kubernetes Secret data values however short they are', () => {
    const manifest = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: ${b64('Kp9#mZ2!')}\n  username: ${b64('app')}\n`;
    const found = analyze(frag(manifest, 'k8s/secret.yaml'), ruleSet());
    expect(found.map((f) => [f.ruleId, f.line, f.encoding])).toEqual([['test.pw', 6, ['base64']]]);
    // without "kind: Secret" a 12-character base64 value is not worth decoding: only the value itself is seen
    expect(analyze(frag(`data:\n  password: ${b64('Kp9#mZ2!')}\n`), ruleSet()).map((f) => f.encoding)).toEqual([undefined]);
  });

  it('stops at the depth limit: base64 nested ten times needs a depth of ten', () => {
    let nested = `token ${TOKEN}`;
    for (let i = 0; i < 10; i++) nested = b64(`layer ${i}: ${nested}`);
    expect(analyze(frag(nested), ruleSet(2))).toEqual([]);
    expect(analyze(frag(nested), ruleSet(9))).toEqual([]);
    const found = analyze(frag(nested), ruleSet(10));
    expect(found).toHaveLength(1);
    expect(found[0].encoding).toEqual(Array(10).fill('base64'));
    expect(analyze(frag(b64(TOKEN + ' padding')), ruleSet(0))).toEqual([]);
  });

  it('skips (and counts) spans over the size cap instead of decoding them', () => {
    const big = b64(`${'x'.repeat(2 * 1024 * 1024)} ${TOKEN}`);
    const dropped: DropCounts = {};
    expect(encodedSpans(Buffer.from(big), DEFAULT_DECODE, dropped)).toEqual([]);
    expect(dropped['decode-limit']).toBe(1);
  });

  it('handles a 50 MB base64 blob on stdin without decoding it whole, and still scans around it', async () => {
    const blob = Buffer.from(b64('Lorem ipsum 42, '.repeat(2_350_000)));
    const input = Buffer.concat([Buffer.from(`before ${TOKEN.replace('tok_', 'ghp_')}\n`), blob, Buffer.from('\nafter\n')]);
    const r = await runCli(['scan', '-', '-f', 'json', '--max-file-size', '100MB'], { input, timeoutMs: 280_000 });
    const report = JSON.parse(r.stdout);
    expect(report.summary.bytes).toBe(input.length);
    expect(report.summary.complete).toBe(true);
    expect(report.summary.filtered['decode-limit']).toBeGreaterThan(0);
  });
});
