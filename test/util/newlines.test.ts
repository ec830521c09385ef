/** Newlines counted a word at a time agree with counting them one byte at a time. */
import fc from 'fast-check';
import { countNewlines } from '../../src/util/newlines';

const slow = (b: Uint8Array, from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) if (b[i] === 10) n++;
  return n;
};

it('property: any bytes, any range, any alignment of the buffer in its memory', () => {
  // Bytes near 10 (9, 11, 0x8a) and runs of newlines are where a word trick would slip.
  const byte = fc.oneof(fc.constantFrom(10, 9, 11, 0x8a, 0x0b, 0, 255, 0x7f, 0x80), fc.integer({ min: 0, max: 255 }));
  fc.assert(
    fc.property(fc.array(byte, { maxLength: 600 }), fc.nat(7), fc.nat(), fc.nat(), (arr, shift, a, b) => {
      const backing = new Uint8Array(arr.length + 8);
      backing.set(arr, shift);
      const bytes = Buffer.from(backing.buffer, shift, arr.length);
      const from = arr.length === 0 ? 0 : a % (arr.length + 1);
      const to = from + (arr.length === 0 ? 0 : b % (arr.length - from + 1));
      expect(countNewlines(bytes, from, to)).toBe(slow(bytes, from, to));
    }),
    { numRuns: 2000 },
  );
});

it('known counts: a blank file, only newlines, none, and a range past the end', () => {
  expect(countNewlines(Buffer.alloc(0))).toBe(0);
  expect(countNewlines(Buffer.alloc(1000, 10))).toBe(1000);
  expect(countNewlines(Buffer.alloc(1000, 0x0b))).toBe(0);
  expect(countNewlines(Buffer.from('a\nb\nc'), 0, 99)).toBe(2);
  expect(countNewlines(Buffer.from(`${'x'.repeat(100)}\n`.repeat(50)), 101)).toBe(49);
});
