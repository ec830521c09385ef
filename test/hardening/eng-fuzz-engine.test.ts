/**
 * Promise 7, fuzzing the pure engine parts: the line/column mapper, the fingerprint and the decoders.
 * FUZZ_RUNS sets the cases per property (200 in npm test, 10,000 in npm run fuzz).
 */
import fc from 'fast-check';
import { decodeSpan, encodedSpans, DEFAULT_DECODE } from '../../src/engine/decode';
import { detect } from '../../src/engine/detect';
import { fingerprint, secretSha256 } from '../../src/engine/fingerprint';
import { LineMap, lineAround } from '../../src/engine/lines';
import { buildRuleSet } from '../../src/rules/registry';
import { frag, testRule } from '../helpers/engine';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

/** Text with line breaks, CRLF, multi-byte and astral characters in it. */
const text = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom('\n', '\r\n', 'é', '😀', '€')), { maxLength: 30 }).map((a) => a.join(''));

/** Byte offsets of every character boundary of `s` encoded as UTF-8. */
function boundaries(s: string): number[] {
  const out = [0];
  let off = 0;
  for (const ch of s) out.push((off += Buffer.byteLength(ch)));
  return out;
}

/** Line and UTF-16 column of byte offset `off`, the slow obvious way. */
function slowPosition(s: string, off: number): { line: number; column: number } {
  const before = Buffer.from(s).subarray(0, off).toString('utf8');
  const lastNl = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: before.length - lastNl };
}

/** Byte offset of a line and UTF-16 column: the inverse mapping. */
function offsetOf(s: string, pos: { line: number; column: number }): number {
  const lines = s.split('\n');
  const head = lines.slice(0, pos.line - 1).join('\n') + (pos.line > 1 ? '\n' : '');
  return Buffer.byteLength(head + lines[pos.line - 1].slice(0, pos.column - 1));
}

describe('LineMap (fuzz)', () => {
  it('maps ascending character offsets to the right line and column, and back', () => {
    const withOffsets = text.chain((s) => fc.tuple(fc.constant(s), fc.subarray(boundaries(s))));
    fc.assert(
      fc.property(withOffsets, ([s, offsets]) => {
        const map = new LineMap(Buffer.from(s));
        for (const off of offsets) {
          const pos = map.at(off);
          expect(pos).toEqual(slowPosition(s, off));
          expect(offsetOf(s, pos)).toBe(off);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same position whatever was asked before, even for offsets inside invalid or cut UTF-8', () => {
    const bytes = fc.uint8Array({ maxLength: 60 }).map((a) => Buffer.from(a));
    const withOffsets = bytes.chain((b) => fc.tuple(fc.constant(b), fc.subarray(Array.from({ length: b.length + 1 }, (_, i) => i))));
    fc.assert(
      fc.property(withOffsets, ([b, offsets]) => {
        const walked = new LineMap(b);
        for (const off of offsets) {
          const pos = walked.at(off);
          expect(pos).toEqual(new LineMap(b).at(off));
          expect(pos.line).toBe(1 + b.subarray(0, off).filter((x) => x === 10).length);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses backward queries with a RangeError, and lineAround always returns the span when it fits', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, a, b) => {
        const buf = Buffer.from(s);
        const cuts = boundaries(s);
        const [start, end] = [cuts[a % cuts.length], cuts[b % cuts.length]].sort((x, y) => x - y);
        const map = new LineMap(buf);
        map.at(end);
        if (start < end) expect(() => map.at(start)).toThrow(RangeError);
        const span = buf.subarray(start, end);
        const around = lineAround(buf, start, end);
        if (!span.includes(10) && !span.includes(13) && span.length <= 400) expect(Buffer.from(around, 'utf8').includes(Buffer.from(span.toString('utf8')))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fingerprint (fuzz)', () => {
  const id = fc.stringMatching(/^[a-z0-9-]{1,8}\.[a-z0-9-]{1,8}$/);
  it('is stable, 32 hex digits, and changes with the rule, the path and the secret', () => {
    fc.assert(
      fc.property(id, fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ maxLength: 5 }), (rule, path, secret, extra) => {
        const h = secretSha256(secret);
        const f = fingerprint(rule, path, h);
        expect(f).toMatch(/^[0-9a-f]{32}$/);
        expect(fingerprint(rule, path, h)).toBe(f);
        if (extra) {
          expect(fingerprint(rule + extra, path, h)).not.toBe(f);
          expect(fingerprint(rule, path + extra, h)).not.toBe(f);
          expect(fingerprint(rule, path, secretSha256(secret + extra))).not.toBe(f);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('of a detected secret does not depend on its line or column', () => {
    const ruleSet = buildRuleSet({ definitions: [testRule({ id: 'test.tok' })], allowlistRegexes: [] });
    const filler = fc.array(fc.stringMatching(/^[ a-z=#:]{0,20}$/), { maxLength: 8 });
    const secret = fc.stringMatching(/^[a-z0-9]{16}$/).filter((s) => new Set(s).size >= 8);
    fc.assert(
      fc.property(secret, filler, filler, (s, above, left) => {
        const at = (lines: string[], col: string) => detect(frag(`${lines.join('\n')}${lines.length ? '\n' : ''}${col} x=tok_${s}\n`, 'a/b.env'), ruleSet);
        const plain = at([], '');
        const moved = at(above, left.join(''));
        expect(plain).toHaveLength(1);
        expect(moved.map((f) => f.fingerprint)).toEqual([plain[0].fingerprint]);
        expect(moved[0].line).toBe(above.length + 1);
      }),
      { numRuns: RUNS },
    );
  });
});

/** Printable ASCII text a decoder must give back (the decoders only rescan printable text). */
const printableText = fc.stringMatching(/^[ -~]{8,60}$/);
/** Long enough that its base64 is a run the automaton marks (MIN_BASE64_RUN characters). */
const longPrintable = fc.stringMatching(/^[ -~]{18,60}$/);

describe('decoders (fuzz)', () => {
  it('round-trip base64, base64url, hex and percent-encoding of printable text', () => {
    fc.assert(
      fc.property(printableText, (s) => {
        const bytes = Buffer.from(s);
        const hex = bytes.toString('hex');
        for (const [encoded, encoding] of [
          [bytes.toString('base64'), 'base64'],
          [bytes.toString('base64url'), 'base64'],
          [hex.replace(/../g, '%$&'), 'url'],
        ] as const) {
          // A hex-looking base64 is read as hex; both decodings are right, so compare only when unambiguous.
          const d = decodeSpan(encoded);
          if (encoding === 'base64' && /^[0-9A-Fa-f]+$/.test(encoded)) continue;
          expect(d && { encoding: d.encoding, text: d.decoded.toString('latin1') }).toEqual({ encoding, text: s });
        }
        expect(decodeSpan(hex)?.decoded.toString('latin1')).toBe(s);
      }),
      { numRuns: RUNS },
    );
  });

  it('find the encoded span of printable text on a line and decode it', () => {
    const mixed = longPrintable.filter((s) => /[A-Z]/.test(s) && /[a-z]/.test(s));
    fc.assert(
      fc.property(mixed, fc.constantFrom('key: ', 'x=', '"v": "'), (s, lead) => {
        const encoded = Buffer.from(s).toString('base64').replace(/=+$/, '');
        const line = Buffer.from(`${lead}${encoded}\n`);
        const spans = encodedSpans(line, DEFAULT_DECODE);
        const hit = spans.find((sp) => sp.start === lead.length);
        // A run without a digit, + or / is taken for an identifier and skipped on purpose.
        if (!/[0-9+/]/.test(encoded)) return;
        expect(hit?.decoded.toString('latin1')).toBe(s);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throw on arbitrary text or bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.uint8Array({ maxLength: 200 }), (s, b) => {
        decodeSpan(s);
        encodedSpans(Buffer.from(b), DEFAULT_DECODE, {});
        encodedSpans(Buffer.from(s), { depth: 2, maxSpan: 16, maxTotal: 32 }, {});
      }),
      { numRuns: RUNS },
    );
  });
});
