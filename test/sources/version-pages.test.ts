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

describe('versions kept where they lie, in blocks a reader lends', () => {
  const BLOCK = 2048;

  /** Blocks of a reader's memory: one the pages have given back is written over at once, as git's next reads would. */
  function reader(count: number, refuse = (_: number) => false) {
    const blocks = Array.from({ length: count }, () => ({ bytes: Buffer.alloc(BLOCK), pins: 0, cursor: 0, loans: 0 }));
    const lend = (bytes: Buffer, most: number) => {
      const b = blocks.find((x) => x.bytes.buffer === bytes.buffer)!;
      if (refuse(b.loans++) || BLOCK > most) return undefined;
      b.pins++;
      return {
        block: b.bytes,
        unpin: () => {
          b.pins--;
          if (b.pins === 0) {
            b.bytes.fill(0xee);
            b.cursor = 0;
          }
        },
      };
    };
    /** Writes `want` into a block as a read would, or undefined when none has room. */
    const read = (want: Buffer, pick: number) => {
      const b = blocks[pick % count];
      if (b.cursor + want.length > BLOCK) return undefined;
      want.copy(b.bytes, b.cursor);
      const view = b.bytes.subarray(b.cursor, b.cursor + want.length);
      b.cursor += want.length;
      return view;
    };
    return { blocks, lend, read };
  }

  it('property: every version keeps its bytes though its block is written over once given back, and a block is pinned once, while it holds one', () => {
    const PAGE = BLOCK;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 700 }), fc.nat(), fc.boolean()), { maxLength: 300 }), (ops) => {
        const pages = new VersionPages(PAGE);
        const r = reader(4, (n) => n % 5 === 4);
        const live: Array<{ copy: PagedCopy; want: Buffer }> = [];
        let n = 0;
        for (const [kind, size, pick, lent] of ops) {
          if (kind < 2 || live.length === 0) {
            const want = Buffer.alloc(size, n++ % 251);
            const view = lent ? r.read(want, pick) : undefined;
            live.push({ copy: view ? pages.put(view, r.lend) : pages.put(Buffer.from(want)), want });
          } else {
            const [gone] = live.splice(pick % live.length, 1);
            pages.drop(gone.copy);
          }
          for (const { copy, want } of live) expect(copy.bytes.equals(want)).toBe(true);
          for (const b of r.blocks) {
            expect(b.pins).toBeLessThanOrEqual(1);
            if (b.pins === 1) expect(live.some(({ copy }) => copy.bytes.buffer === b.bytes.buffer)).toBe(true);
          }
          const lentBytes = r.blocks.filter((b) => b.pins === 1).length * BLOCK;
          expect(pages.bytes).toBeGreaterThanOrEqual(lentBytes);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a lent version without copying it, counts the whole block, and moves the last quarter out before giving it back', () => {
    const pages = new VersionPages(BLOCK);
    const r = reader(1);
    const copies = Array.from({ length: 8 }, (_, i) => pages.put(r.read(Buffer.alloc(200, i + 1), 0)!, r.lend));
    expect(copies[3].bytes.buffer).toBe(r.blocks[0].bytes.buffer);
    expect(r.blocks[0].pins).toBe(1);
    expect(pages.bytes).toBe(BLOCK);
    // Dropping down to 400 of 1,600 bytes leaves the block under a quarter full: the rest moves to a page.
    for (const c of copies.slice(0, 5)) pages.drop(c);
    expect(r.blocks[0].pins).toBe(1);
    pages.drop(copies[5]);
    expect(r.blocks[0].pins).toBe(0);
    expect(copies[6].bytes.buffer).not.toBe(r.blocks[0].bytes.buffer);
    expect(copies[6].bytes.equals(Buffer.alloc(200, 7))).toBe(true);
    expect(copies[7].bytes.equals(Buffer.alloc(200, 8))).toBe(true);
    expect(pages.bytes).toBe(BLOCK);
  });

  it('copies a version whose block is bigger than a page (a small cache), leaving the block unpinned', () => {
    const pages = new VersionPages(BLOCK / 2);
    const r = reader(1);
    const copy = pages.put(r.read(Buffer.alloc(100, 9), 0)!, r.lend);
    expect(r.blocks[0].pins).toBe(0);
    expect(copy.bytes.buffer).not.toBe(r.blocks[0].bytes.buffer);
    expect(copy.bytes.equals(Buffer.alloc(100, 9))).toBe(true);
    expect(pages.bytes).toBe(BLOCK / 2);
  });
});

it('keeps free pages for reuse only while they and the pages in use stay within its limit and two pages more', () => {
  const pages = new VersionPages(1000, 500);
  // Two full pages and half of a third, the one being filled.
  const copies = Array.from({ length: 25 }, () => pages.put(Buffer.alloc(100, 1)));
  const [first, second, third] = [0, 10, 20].map((i) => copies[i].bytes.buffer);
  expect(new Set([first, second, third]).size).toBe(3);
  // Emptied, the first page is let go (the two still in use are already past 500 bytes and one page
  // more), the second kept (one page in use, and it, are within 500 bytes and two pages more).
  copies.slice(0, 20).forEach((c) => pages.drop(c));
  expect(pages.bytes).toBe(1000);
  const again = Array.from({ length: 30 }, () => pages.put(Buffer.alloc(100, 2)));
  const used = new Set(again.map((c) => c.bytes.buffer));
  expect(used.has(second)).toBe(true);
  expect(used.has(first)).toBe(false);
  expect([...copies.slice(20), ...again].every((c) => c.bytes[0] === (again.includes(c) ? 2 : 1))).toBe(true);
});
