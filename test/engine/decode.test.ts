import { analyze } from '../../src/engine/analyze';
import { decodeSpan, DEFAULT_DECODE, encodedSpans, joinWrapped } from '../../src/engine/decode';
import type { DropCounts } from '../../src/engine/detect';
import { DEFAULT_ENGINE_OPTIONS } from '../../src/engine/ruleset';
import { buildRuleSet } from '../../src/rules/registry';
import { runCli } from '../helpers/cli';
import { frag, testRule } from '../helpers/engine';
import { fake, ruleById } from '../helpers/fakes';

const TOKEN = 'tok_q9w8e7r6t5y4u3i2'; // tokenguard:allow (a made-up test value)
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
    const chosen = 'Kp9#mZ2!qLx7';
    expect(analyze(frag(`password=${encodeURIComponent(chosen + '%&@')}`), ruleSet()).map((f) => f.encoding)).toEqual([['url']]);
    expect(analyze(frag(`password: ${b64(chosen + '$$ and more text')}`), ruleSet())).toHaveLength(1);
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

describe('decoding: private keys and tokens encoded more than once', () => {
  const KEYS = ['private-key.rsa', 'private-key.ec', 'private-key.openssh', 'private-key.pkcs8', 'private-key.pkcs8-encrypted', 'private-key.dsa'];
  const keys = buildRuleSet({ definitions: [...KEYS, 'github.pat-classic'].map(ruleById), allowlistRegexes: [] });
  const found = (text: string, path = '.env') => analyze(frag(text, path), keys).map((f) => [f.ruleId, f.line, f.column, f.endLine, f.encoding]);

  it.each(KEYS)('finds a base64-encoded %s in an environment variable, at the encoded span', (id) => {
    const pem = fake(id, 'b64');
    for (const variant of [pem, `${pem}\n`, pem.replace(/\n/g, '\r\n'), `${pem.replace(/\n/g, '\r\n')}\r\n`]) {
      expect(found(`APP=web\nPRIVATE_KEY_B64=${b64(variant)}\n`)).toEqual([[id, 2, 17, 2, ['base64']]]);
    }
  });

  it('finds a base64-encoded key wrapped over lines (base64 output in a YAML block scalar)', () => {
    const encoded = b64(fake('private-key.rsa', 'wrapped') + '\n');
    for (const width of [64, 76]) {
      const lines = encoded.match(new RegExp(`.{1,${width}}`, 'g'))!;
      const yaml = `data:\n  key.b64: |\n    ${lines.join('\n    ')}\n  other: x\n`;
      expect(found(yaml, 'values.yaml')).toEqual([['private-key.rsa', 3, 5, 2 + lines.length, ['base64']]]);
    }
  });

  it('joins wrapped lines of one width and their shorter last line, and nothing else', () => {
    const a = 'QUJD'.repeat(16);
    const text = Buffer.from(`k: |\n  ${a}\n  ${a}\n  QUJDRA==\nx = ${a}QUJD\n  ${a}${a}\n`);
    const runs: Array<[number, number]> = [];
    for (const m of text.toString('latin1').matchAll(/[A-Za-z0-9+/]{24,}={0,2}/g)) runs.push([m.index!, m.index! + m[0].length]);
    const spans = joinWrapped(text, runs).map(([s, e]) => text.toString('latin1', s, e).split('\n').length);
    // The three lines of the block; a 68-character run; a 128-character run (wider, so not its continuation).
    expect(spans).toEqual([3, 1, 1]);
  });

  it('finds a token encoded three times with a depth of three, and URL-encoded base64 with the default', () => {
    const gh = fake('github.pat-classic', 'nested');
    const deep = `token: ${b64(b64(b64(`token ${gh}`)))}`;
    const depth = (d: number) => buildRuleSet({ definitions: [ruleById('github.pat-classic')], allowlistRegexes: [], engine: { ...DEFAULT_ENGINE_OPTIONS, decode: { ...DEFAULT_DECODE, depth: d } } });
    expect(analyze(frag(deep), depth(3)).map((f) => f.encoding)).toEqual([['base64', 'base64', 'base64']]);
    expect(analyze(frag(deep), depth(2))).toEqual([]);
    let query = `?tok=${gh}&x=1`;
    // Base64 whose + / = become enough %XX escapes to read as URL-encoded.
    while ((b64(query).match(/[+/=]/g) ?? []).length < 3) query += '?>';
    const url = `u=${encodeURIComponent(b64(query))}`;
    expect(analyze(frag(url), depth(DEFAULT_DECODE.depth)).map((f) => f.encoding)).toEqual([['url', 'base64']]);
  });
});
