/** The changed lines of a new version of a file: what a history scan reads when it has the previous one. */
import fc from 'fast-check';
import { changedRegions, changedRegionsFrom } from '../../src/sources/git/changed-regions';
import { indexLines } from '../../src/sources/git/line-index';

const B = (s: string) => Buffer.from(s);
const text = (child: Buffer, r: Array<[number, number]>) => r.map(([a, b]) => child.toString('latin1', a, b));
const linesOf = (b: Buffer) => b.toString('latin1').match(/[^\n]*\n|[^\n]+$/g) ?? [];

// The older version is remembered as its bytes (ordinary files) or as its line keys (big ones): both
// comparisons must meet every property below.
describe.each([
  ['line keys', (parent: Buffer, child: Buffer) => changedRegions(indexLines(parent).keys, child, indexLines(child))],
  ['bytes', (parent: Buffer, child: Buffer) => changedRegionsFrom(parent, child)],
])('against the older version as %s', (_how, regions) => {
  it('an inserted line is read with a few lines of context, and nothing else is', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i} some text here\n`);
    const parent = B(lines.join(''));
    const childLines = [...lines];
    childLines.splice(50, 0, 'TOKEN=abc\n');
    const child = B(childLines.join(''));
    const r = regions(parent, child);
    expect(r.length).toBe(1);
    const t = text(child, r)[0];
    expect(t).toContain('TOKEN=abc');
    expect(t.split('\n').length).toBeLessThan(10);
    expect(regions(parent, parent)).toEqual([]);
    expect(regions(B(''), child)).toEqual([[0, child.length]]);
    const del = [...lines];
    del.splice(10, 5);
    expect(regions(parent, B(del.join('')))).toEqual([]);
  });

  it('a deletion longer than the walk looks ahead (8 KB), between two new lines, adds nothing between them', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `line ${i} some text here\n`);
    const parent = B(lines.join(''));
    const c = [...lines];
    c[300] = 'NEW_A=1\n';
    c.splice(400, 300);
    c[1500] = 'NEW_B=2\n';
    const child = B(c.join(''));
    const t = text(child, regions(parent, child)).join('');
    expect(t).toContain('NEW_A=1');
    expect(t).toContain('NEW_B=2');
    // Each new line with its context: the lines after the deletion are known, not read again.
    expect(t.split('\n').length).toBeLessThan(20);
  });

  it('two edits far apart are read as two small regions, not the middle between them', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `line ${i} some text here\n`);
    const parent = B(lines.join(''));
    const c = [...lines];
    c[10] = 'NEW_A=1\n';
    c[4900] = 'NEW_B=2\n';
    const child = B(c.join(''));
    const r = regions(parent, child);
    const t = text(child, r).join('');
    expect(t).toContain('NEW_A=1');
    expect(t).toContain('NEW_B=2');
    expect(r.length).toBe(2);
    expect(t.length).toBeLessThan(400);
  });

  it('a line changed by one byte in its middle is new (the keys see every byte)', () => {
    const secretLine = (c: string) => `const key = "${'a'.repeat(30)}${c}${'b'.repeat(30)}";\n`;
    const pad = 'x = 1;\n'.repeat(100);
    const parent = B(pad + secretLine('X') + pad);
    const child = B(pad + secretLine('Y') + pad);
    expect(text(child, regions(parent, child)).join('')).toContain(secretLine('Y'));
  });

  it('grows to a PEM block', () => {
    const pem = (body: string) => `-----BEGIN RSA PRIVATE KEY-----\n${Array.from({ length: 20 }, () => body).join('\n')}\n-----END RSA PRIVATE KEY-----\n`;
    const before = 'a\nb\nc\n'.repeat(50);
    const parent = B(before + pem('A'.repeat(64)) + before);
    const child = B(before + pem('B'.repeat(64)) + before);
    const t = text(child, regions(parent, child)).join('');
    expect(t).toContain('-----BEGIN RSA PRIVATE KEY-----');
    expect(t).toContain('-----END RSA PRIVATE KEY-----');
  });

  it('a line near a markdown rule or comment banner (`-----`, no PEM edge) is read with its usual context only', () => {
    const lines = Array.from({ length: 600 }, (_, i) => (i % 50 === 0 ? '-----\n' : `// ----- section ${i} -----\n`));
    const parent = B(lines.join(''));
    const c = [...lines];
    c.splice(300, 0, 'TOKEN=abc\n');
    const child = B(c.join(''));
    const t = text(child, regions(parent, child)).join('');
    expect(t).toContain('TOKEN=abc');
    expect(t.split('\n').length).toBeLessThan(10);
  });

  /** Against a plain reading of the rule: every child line that the parent does not hold, as a string, is inside a region. */
  it('property: every line the parent lacks is read, and regions are ordered, disjoint and on line boundaries', () => {
    const line = fc.oneof(
      fc.constantFrom('a\n', 'b\n', 'secret=1\n', '\n', 'key: value\n'),
      fc.string({ maxLength: 12 }).map((s) => `${s.replace(/\n/g, '')}\n`),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), fc.array(fc.tuple(fc.nat(60), fc.nat(3), fc.array(line, { maxLength: 4 })), { maxLength: 5 }), fc.boolean(), (base, edits, cut) => {
        const c = [...base];
        for (const [at, del, ins] of edits) c.splice(at % (c.length + 1), del, ...ins);
        let childText = c.join('');
        if (cut && childText.endsWith('\n')) childText = childText.slice(0, -1);
        const parent = B(base.join(''));
        const child = B(childText);
        const r = regions(parent, child);
        // Collected and asserted once: an expect per region and per line was most of this test's time.
        const wrong: string[] = [];
        let prev = -1;
        for (const [s, e] of r) {
          if (s <= prev || e <= s) wrong.push(`[${s}, ${e}) is empty or not after ${prev}`);
          if (s !== 0 && child[s - 1] !== 10) wrong.push(`${s} is not a line start`);
          if (e !== child.length && child[e - 1] !== 10) wrong.push(`${e} is not a line end`);
          prev = e;
        }
        const held = new Set(linesOf(parent));
        let at = 0;
        for (const l of linesOf(child)) {
          if (!held.has(l) && !r.some(([s, e]) => s <= at && at + l.length <= e)) wrong.push(`new line at ${at} not read`);
          at += l.length;
        }
        expect(wrong).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('property: the lines read are exactly those the parent lacks between the common ends, as a set lookup finds them (in-step walk, linear and sorted lookups)', () => {
    // The reference: trim the common first and last lines, then a line is new when the parent's middle
    // has no equal line. Context and PEM growth come after and are shared, so compare the new lines alone.
    const reference = (p: string[], c: string[]) => {
      let pre = 0;
      while (pre < p.length && pre < c.length && p[pre] === c[pre]) pre++;
      let suf = 0;
      while (suf < c.length - pre && suf < p.length - pre && c[c.length - 1 - suf] === p[p.length - 1 - suf]) suf++;
      const middle = new Set(p.slice(pre, p.length - suf));
      return c.map((l, i) => i >= pre && i < c.length - suf && !middle.has(l));
    };
    const line = fc.oneof(
      fc.constantFrom('}\n', '\n', 'return x;\n'),
      fc.nat(400).map((n) => `line ${n}\n`),
    );
    // An edit replaces lines, or reverses a stretch of them (known lines far out of step: the sorted lookup).
    const edit = fc.tuple(fc.nat(300), fc.integer({ min: 1, max: 100 }), fc.array(line, { maxLength: 60, size: 'max' }), fc.boolean());
    fc.assert(
      fc.property(fc.array(line, { minLength: 100, maxLength: 300 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (base, edits) => {
        const c = [...base];
        for (const [at, n, ins, reverse] of edits) {
          const from = at % (c.length + 1);
          if (reverse) c.splice(from, n, ...c.slice(from, from + n).reverse());
          else c.splice(from, n, ...ins);
        }
        const parent = B(base.join(''));
        const child = B(c.join(''));
        const expected = reference(base, c);
        const r = regions(parent, child);
        // Every new line is read; a known line is read only as context (within 4 lines before or 1 after
        // a new one). Collected and asserted once: an expect per line was most of this test's time.
        const wrong: string[] = [];
        let at = 0;
        c.forEach((l, i) => {
          const read = r.some(([s, e]) => s <= at && at + l.length <= e);
          const nearNew = expected.slice(Math.max(0, i - 1), i + 5).some(Boolean);
          if (expected[i] && !read) wrong.push(`new line ${i} not read`);
          else if (!expected[i] && !nearNew && read) wrong.push(`known line ${i} read`);
          at += l.length;
        });
        expect(wrong).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * The two comparisons cut the common ends differently (memcmp on bytes against equal line keys): on
 * edits that leave a few lines of the ends alike, or a last line without a newline, they must still
 * agree on every region.
 */
it('property: comparing bytes and comparing line keys give the same regions', () => {
  const line = fc.oneof(
    fc.constantFrom('a\n', 'ab\n', 'b\n', '\n', 'x = 1;\n', 'b', 'a'),
    fc.string({ maxLength: 6 }).map((s) => `${s}\n`),
  );
  fc.assert(
    fc.property(fc.array(line, { maxLength: 40 }), fc.array(line, { maxLength: 40 }), fc.array(line, { maxLength: 8 }), fc.nat(40), (base, other, ins, at) => {
      const c = [...base];
      c.splice(at % (c.length + 1), ins.length > 4 ? 1 : 0, ...ins);
      for (const [parent, child] of [
        [B(base.join('')), B(c.join(''))],
        [B(base.join('')), B(other.join(''))],
      ]) {
        expect(changedRegionsFrom(parent, child)).toEqual(changedRegions(indexLines(parent).keys, child, indexLines(child)));
      }
    }),
    { numRuns: 1500 },
  );
});

it('bytes: edits near the ends of a long file, at every distance from a memcmp span edge', () => {
  const lines = Array.from({ length: 3000 }, (_, i) => `line ${i} of the file\n`);
  const parent = B(lines.join(''));
  for (const i of [0, 1, 2, 11, 12, 13, 50, 1500, 2987, 2998, 2999]) {
    const c = [...lines];
    c[i] = `TOKEN_${i}=changed\n`;
    const child = B(c.join(''));
    const r = changedRegionsFrom(parent, child);
    expect(r).toEqual(changedRegions(indexLines(parent).keys, child, indexLines(child)));
    expect(text(child, r).join('')).toContain(`TOKEN_${i}=changed`);
  }
});

it('bytes: a one-byte edit at or next to any multiple of 64 bytes from either end of a 200 KB file is read', () => {
  // The common ends are compared in spans that double up to a cap, then stay: every span edge, from
  // either end, falls on a multiple of 64 of this file, whose length is one too.
  const lines = Array.from({ length: 8192 }, (_, i) => `line ${String(i).padStart(5, '0')} of a long file\n`);
  const parent = B(lines.join('').slice(0, 200 * 1024));
  const child = Buffer.from(parent);
  let checked = 0;
  for (let o = 0; o < parent.length; o++) {
    if (![0, 1, 63].includes(o % 64)) continue;
    child[o] = 35; // '#'
    // Buffer.lastIndexOf counts a negative offset from the end: the first line starts at 0.
    const from = o === 0 ? 0 : child.lastIndexOf(10, o - 1) + 1;
    const nl = child.indexOf(10, o);
    const to = nl < 0 ? child.length : nl + 1;
    const r = changedRegionsFrom(parent, child);
    if (!r.some(([s, e]) => s <= from && to <= e)) throw new Error(`the edit at byte ${o} was not read: ${JSON.stringify(r)}`);
    child[o] = parent[o];
    checked++;
  }
  expect(checked).toBe(3 * 3200);
});

it('line keys: one per line, with the line starts, for files with and without a final newline', () => {
  expect(indexLines(B('')).keys.length).toBe(0);
  const a = indexLines(B('x\ny\n'));
  const b = indexLines(B('x\ny'));
  expect([...a.starts]).toEqual([0, 2, 4]);
  expect([...b.starts]).toEqual([0, 2, 3]);
  expect(a.keys[0]).toBe(b.keys[0]);
  // "y\n" and "y" are different lines: a final line that gains a newline is read again.
  expect(a.keys[1]).not.toBe(b.keys[1]);
});

/**
 * Against bytes, a long line out of step is looked for only among the lines the walk stepped over: a
 * line moved far is still known (it was stepped over where it stood), and a new line costs no search of
 * the whole file. The one difference from a set lookup: a long line copied from one kept in step is read.
 */
describe('long lines out of step, against bytes', () => {
  const lines = Array.from({ length: 400 }, (_, i) => `const value_${i} = compute(${i}, "some longer text");\n`);
  const parent = B(lines.join(''));
  const readLines = (child: Buffer) => text(child, changedRegionsFrom(parent, child)).join('');

  it('a long line moved to the other end of the file is known, not read again', () => {
    const c = [...lines];
    const [moved] = c.splice(350, 1);
    c.splice(20, 0, moved);
    const child = B(c.join(''));
    // Nothing new: only the context the walk's edges need, never the moved line's region at both ends.
    expect(readLines(child)).not.toContain(moved);
  });

  it('a new long line is read, and so is a copy of a line that stays where it was', () => {
    const c = [...lines];
    c.splice(100, 0, 'const TOKEN = "not in the older version at all";\n');
    c.splice(300, 0, lines[200]); // between the two edits: in the middle both comparisons look in
    const child = B(c.join(''));
    const t = readLines(child);
    expect(t).toContain('not in the older version at all');
    expect(t).toContain(lines[200]);
    // A set lookup (the line keys' comparison) knows the copy.
    expect(text(child, changedRegions(indexLines(parent).keys, child, indexLines(child))).join('')).not.toContain(lines[200]);
  });
});
