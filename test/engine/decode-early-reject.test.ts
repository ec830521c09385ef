/**
 * decodeSpan settles most base64 candidates that cannot decode to text (identifiers, the printable
 * strings of binary files) from their characters, without decoding them. That is a shortcut, never a
 * change of verdict: checked against the plain decoding on every kind of candidate.
 */
import fc from 'fast-check';
import { decodeSpan } from '../../src/engine/decode';

/** The verdict without the shortcut: decode, then require 8 bytes and 95% printable. */
function plainBase64(text: string): Buffer | undefined {
  const decoded = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  let ok = 0;
  for (const b of decoded) if ((b >= 0x20 && b < 0x7f) || b === 9 || b === 10 || b === 13) ok++;
  return decoded.length >= 8 && decoded.length >= 4 && ok / decoded.length >= 0.95 ? decoded : undefined;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_';
const b64char = fc.constantFrom(...ALPHABET);
/** Runs as the automaton hands them over: base64 or base64url characters, then up to two '='. */
const run = fc.tuple(fc.array(b64char, { minLength: 24, maxLength: 200 }), fc.integer({ min: 0, max: 2 })).map(([cs, pad]) => cs.join('') + '='.repeat(pad));
/** Encodings of mostly printable bytes, with a few others mixed in: the cases near the 95% line. */
const nearText = fc
  .array(fc.oneof({ weight: 19, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 255 }) }), { minLength: 18, maxLength: 150 })
  .chain((bytes) => fc.constantFrom(Buffer.from(bytes).toString('base64'), Buffer.from(bytes).toString('base64url')));

describe('decodeSpan: the early rejection of base64 candidates', () => {
  it('gives the same verdict as decoding, on random runs and on encodings of near-text', () => {
    fc.assert(
      fc.property(fc.oneof(run, nearText), (text) => {
        fc.pre(!text.includes('%') && !/^[0-9A-Fa-f]+$/.test(text));
        const got = decodeSpan(text);
        const want = plainBase64(text);
        expect(got?.decoded).toEqual(want);
        if (want) expect(got?.encoding).toBe('base64');
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects identifiers and mangled names without changing what text decodes to', () => {
    expect(decodeSpan('_ZN4absl12lts_2023080213base_internal8SpinLock')).toBeUndefined();
    const text = Buffer.from('password = correct horse battery staple').toString('base64');
    expect(decodeSpan(text)?.decoded.toString()).toBe('password = correct horse battery staple');
  });
});
