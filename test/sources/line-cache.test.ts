/** The versions a history scan remembers to diff the next version against (line-cache.ts). */
import { compareVersion, LineCache, type CachedVersion } from '../../src/sources/git/line-cache';
import { indexLines } from '../../src/sources/git/line-index';

const version = (bytes: number): CachedVersion => ({ lines: Buffer.alloc(bytes, 0x61), carry: { profile: 'p', carried: [] } });

it('drops versions already compared with before versions still waiting for their next version', () => {
  const cache = new LineCache(1000);
  cache.set('a', version(100));
  cache.set('b', version(100));
  expect(cache.get('a')).toBeDefined(); // a's next version was read: a is spent
  for (const id of ['c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']) cache.set(id, version(100));
  // 1,000 bytes hold ten versions; the eleventh pushes one out: spent `a`, though `b` is older.
  cache.set('k', version(100));
  expect(cache.get('a')).toBeUndefined();
  expect(cache.get('b')).toBeDefined();
  expect(cache.get('k')).toBeDefined();
});

it('keeps a version met again (a revert) as if it were new, and otherwise drops the oldest first', () => {
  const cache = new LineCache(1200);
  cache.set('old', version(150));
  cache.set('mid', version(150));
  cache.touch('old');
  cache.touch('never-read'); // unknown ids are ignored
  for (let i = 0; i < 6; i++) cache.set(`v${i}`, version(150));
  cache.set('last', version(150)); // nine versions of 150 bytes: the oldest waiting one goes
  expect(cache.get('mid')).toBeUndefined();
  expect(cache.get('old')).toBeDefined();
  // A version over an eighth of the budget is not kept at all.
  cache.set('huge', version(151));
  expect(cache.get('huge')).toBeUndefined();
});

it("remembers a small file as its bytes, as a view of one of git's reads but never of a big buffer, and compares the next version by them", () => {
  const read = Buffer.alloc(64 * 1024, 0x78);
  read.write('line one\nline two\nline three\n', 100);
  const blob = read.subarray(100, 128); // a blob inside one of git's 64 KiB reads
  const first = compareVersion(blob, undefined);
  expect(first.regions).toBeUndefined();
  expect(first.lines).toBe(blob);
  const big = Buffer.alloc(1024 * 1024, 0x78);
  blob.copy(big, 5000);
  const inBig = compareVersion(big.subarray(5000, 5028), undefined).lines as Buffer;
  expect(inBig.equals(blob)).toBe(true);
  expect(inBig.buffer).not.toBe(big.buffer);
  expect(inBig.buffer.byteLength).toBe(28);
  const next = Buffer.from('line one\nline 2 changed\nline three\n');
  const { regions } = compareVersion(next, blob);
  expect(regions).toEqual([[0, next.length]]);
  // Against line hashes (a big file's), the same regions.
  expect(compareVersion(next, indexLines(blob).keys).regions).toEqual(regions);
});

it("counts a read's memory once for all the versions that are views of it", () => {
  const read = Buffer.alloc(1000, 0x61);
  const views = Array.from({ length: 10 }, (_, i): CachedVersion => ({ lines: read.subarray(i * 100, i * 100 + 100), carry: { profile: 'p', carried: [] } }));
  const cache = new LineCache(8000); // an eighth is 1,000 bytes: the read may be kept
  views.forEach((v, i) => cache.set(`v${i}`, v));
  for (let i = 0; i < 7; i++) cache.set(`own${i}`, version(1000));
  // 1,000 bytes for the ten views plus 7,000 for the others: all fit in 8,000.
  expect(views.every((_, i) => cache.get(`v${i}`) !== undefined)).toBe(true);
  expect(cache.get('own0')).toBeDefined();
  cache.set('one-more', version(1000)); // over: the ten views (already compared with) go, and with them the read
  expect(cache.get('v0')).toBeUndefined();
  expect(cache.get('own0')).toBeDefined();
  expect(cache.get('one-more')).toBeDefined();
});
