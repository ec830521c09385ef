/** Inline markers are found in the bytes of the line: the same answers as reading the line as text, on any mix of markers, partial markers and lines. */
import { suppressedInline } from '../../src/engine/inline-ignore';
import fc from 'fast-check';
const NL = 'tokenguard:allow-next-line';
function naive(text: string, offset: number, markers: string[]): boolean {
  const b = Buffer.from(text);
  const start = offset === 0 ? 0 : b.lastIndexOf(10, offset - 1) + 1;
  const nl = b.indexOf(10, offset);
  const end = nl < 0 ? b.length : nl;
  const line = b.toString('utf8', start, end);
  const same = line.split(NL).join('');
  if (markers.some((m) => same.includes(m))) return true;
  if (start === 0) return false;
  const ps = b.lastIndexOf(10, start - 2) + 1;
  return b.toString('utf8', start - 1 === 0 ? 0 : ps, start).includes(NL);
}
it('agrees with a plain string reading (marker on the line, next-line marker on the line before)', () => {
  const piece = fc.constantFrom('tokenguard:allow', NL, 'x', '\n', ' ', 'gitleaks:allow', 'tokenguard:allow-next');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(), (parts, k) => {
      const text = parts.join('');
      if (!text) return;
      const off = k % text.length;
      for (const markers of [['tokenguard:allow'], ['tokenguard:allow', 'gitleaks:allow']]) expect(suppressedInline(Buffer.from(text), off, markers)).toBe(naive(text, off, markers));
    }),
    { numRuns: 3000 },
  );
});
