/** Copies of versions packed into reused pages (version-pages.ts). */
import fc from 'fast-check';
import { VersionPages, type PagedCopy } from '../../src/sources/git/version-pages';

it('property: every copy keeps its bytes through drops and compactions, and pages in use stay within what the live copies need', () => {
  const PAGE = 1024;
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 1, max: PAGE }), fc.nat()), { maxLength: 400 }), (ops) => {
      const pages = new VersionPages(PAGE);
      const live: Array<{ copy: PagedCopy; want: Buffer }> = [];
      let n = 0;
      for (const [put, size, pick] of ops) {
        if (put || live.length === 0) {
          const want = Buffer.alloc(size, n++ % 251);
          const source = Buffer.from(want);
          live.push({ copy: pages.put(source), want });
          source.fill(0xff); // the caller's buffer is its own again at once
        } else {
          const [gone] = live.splice(pick % live.length, 1);
          pages.drop(gone.copy);
        }
        for (const { copy, want } of live) expect(copy.bytes.equals(want)).toBe(true);
        const liveBytes = live.reduce((a, { want }) => a + want.length, 0);
        // Each page but the one being filled is at least a quarter full, unless one copy alone is bigger.
        expect(pages.bytes).toBeLessThanOrEqual((Math.ceil((liveBytes * 4) / PAGE) + 2) * PAGE);
      }
    }),
    { numRuns: 200 },
  );
});

it('a page whose copies are all dropped is used again rather than allocated anew', () => {
  const pages = new VersionPages(1000);
  const first = Array.from({ length: 10 }, () => pages.put(Buffer.alloc(100, 1)));
  const page = first[0].bytes.buffer;
  pages.put(Buffer.alloc(100, 2)); // starts a second page
  first.forEach((c) => pages.drop(c));
  expect(pages.bytes).toBe(1000);
  const again = Array.from({ length: 10 }, () => pages.put(Buffer.alloc(100, 3)));
  expect(again.some((c) => c.bytes.buffer === page)).toBe(true);
  expect(() => pages.put(Buffer.alloc(1001))).toThrow(RangeError);
});
