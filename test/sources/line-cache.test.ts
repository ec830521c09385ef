/** The versions a history scan remembers to diff the next version against (line-cache.ts). */
import fc from 'fast-check';
import { compareVersion, LineCache, type CachedVersion } from '../../src/sources/git/line-cache';
import { indexLines } from '../../src/sources/git/line-index';

const version = (bytes: number): CachedVersion => ({ lines: Buffer.alloc(bytes, 0x61), carry: { profile: 'p', carried: [] } });

// Pages of exactly one version each: the budget then counts versions as it counts bytes.
it('drops versions already compared with before versions still waiting for their next version', () => {
  const cache = new LineCache(1000, 100, 1); // compared-with versions may fill the budget
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

it('keeps versions already compared with only within their share of the budget, except one whose carry check waits', () => {
  // 2,000 bytes, a tenth of it for versions compared with: two versions of 100 bytes.
  const cache = new LineCache(2000, 100, 0.1);
  for (const id of ['a', 'b', 'c', 'd']) cache.set(id, version(100));
  const d = cache.get('d')!;
  d.carry.waiting = true; // its check waits for its predecessor's findings (Carry.defer)
  for (const id of ['a', 'b', 'c']) expect(cache.get(id)).toBeDefined();
  // Four compared with: 400 bytes over the share of 200, trimmed when the next version comes in.
  expect(cache.peek('a')).toBeDefined();
  cache.set('e', version(100));
  // The oldest go first, but `d` stays while its check waits: `a` and `b` go, `c` and `d` stay.
  expect(['a', 'b', 'c', 'd', 'e'].map((id) => cache.peek(id) !== undefined)).toEqual([false, false, true, true, true]);
  // Once its check is made, `d` goes like the others: it was compared with first, so it is the oldest.
  d.carry.waiting = false;
  cache.get('e');
  cache.set('f', version(100));
  expect(['c', 'd', 'e', 'f'].map((id) => cache.peek(id) !== undefined)).toEqual([true, false, true, true]);
  // A version compared with and met again (a revert) waits anew, outside the share: `e` goes, not `c`.
  cache.touch('c');
  cache.get('f');
  cache.get('g'); // unknown: nothing moves
  cache.set('g', version(100));
  cache.get('g');
  cache.set('h', version(100));
  expect(['c', 'e', 'f', 'g', 'h'].map((id) => cache.peek(id) !== undefined)).toEqual([true, false, true, true, true]);
});

it('looks at a version whose carry check waits once while it waits, not on every trim after it', () => {
  // 400 versions compared with, their checks all waiting, then 400 more versions each pushing the share
  // over: the old walk stepped over every waiting version on every trim, 239,745 looks.
  const cache = new LineCache(1_000_000, 100, 0.001);
  let looks = 0;
  const waitingCarry = () => {
    const state = { profile: 'p', carried: [], waiting: true };
    return new Proxy(state, { get: (t, k) => (k === 'waiting' && looks++, Reflect.get(t, k)) });
  };
  const held: CachedVersion[] = [];
  for (let i = 0; i < 400; i++) {
    const v: CachedVersion = { lines: Buffer.alloc(100, 0x61), carry: waitingCarry() };
    cache.set(`w${i}`, v);
    held.push(cache.get(`w${i}`)!);
  }
  for (let i = 0; i < 400; i++) {
    cache.set(`n${i}`, version(100));
    cache.get(`n${i}`);
  }
  expect(looks).toBeLessThan(2000);
  // All of them are still there while their checks wait; once the checks are made they go, oldest first.
  expect(cache.peek('w0')).toBeDefined();
  expect(cache.peek('w399')).toBeDefined();
  // Their bytes counted in the share all along, so each new version went as soon as the next came.
  expect(['n398', 'n399'].map((id) => cache.peek(id) !== undefined)).toEqual([false, true]);
  for (const v of held) v.carry.waiting = false;
  cache.set('last', version(100));
  // Ten versions' worth of share: the newest nine waiting ones and n399 stay.
  expect(['w0', 'w390', 'w391', 'w399', 'n399'].map((id) => cache.peek(id) !== undefined)).toEqual([false, false, true, true, true]);
});

it('keeps a version met again (a revert) as if it were new, and otherwise drops the oldest first', () => {
  const cache = new LineCache(1200, 150, 1);
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

it('remembers a small file as a copy of its bytes (the caller may reuse its buffer) and compares the next version by them', () => {
  const read = Buffer.alloc(64 * 1024, 0x78);
  read.write('line one\nline two\nline three\n', 100);
  const blob = read.subarray(100, 129); // a blob inside one of git's reads
  const first = compareVersion(blob, undefined, 4096);
  expect(first.regions).toBeUndefined();
  const cache = new LineCache(1024 * 1024);
  cache.set('blob', { lines: first.lines!, carry: { profile: 'p', carried: [] } });
  read.fill(0x7a); // the read's memory is used again for the next blob
  const kept = cache.get('blob')!.lines as Buffer;
  expect(kept.toString()).toBe('line one\nline two\nline three\n');
  const next = Buffer.from('line one\nline 2 changed\nline three\n');
  const { regions } = compareVersion(next, kept, 4096);
  expect(regions).toEqual([[0, next.length]]);
  // Against line hashes (a big file's), the same regions.
  expect(compareVersion(next, indexLines(kept).keys, 4096).regions).toEqual(regions);
});

it('keeps every remembered version intact while others come and go, and frees the memory of those dropped', () => {
  // 64 pages of 4 KiB: versions of 1 to 3 KiB, each id set once; the waiting ones are read back later.
  const cache = new LineCache(256 * 1024, 4096);
  const body = (i: number) => Buffer.from(`version ${i} `.repeat(1 + ((i * 37) % 250)));
  for (let i = 0; i < 5000; i++) {
    cache.set(`v${i}`, { lines: body(i), carry: { profile: 'p', carried: [] } });
    if (i % 3 !== 0) expect((cache.get(`v${i - 1}`)?.lines as Buffer | undefined)?.equals(body(i - 1)) ?? true).toBe(true);
  }
  let kept = 0;
  for (let i = 0; i < 5000; i++) {
    const v = cache.get(`v${i}`)?.lines as Buffer | undefined;
    if (!v) continue;
    kept++;
    expect(v.equals(body(i))).toBe(true);
  }
  // The budget holds at least half of what fits in it (compaction keeps pages from being pinned).
  expect(kept).toBeGreaterThan(256 / 2 / 2.5);
});

it('remembers a version as its bytes up to the cache page (8 MiB in the default 128 MiB), as line keys beyond', () => {
  const cache = new LineCache(128 * 1024 * 1024);
  expect(cache.keepBytes).toBe(8 * 1024 * 1024);
  // A 3 MB file (a changelog, a lockfile-like index) is compared by memcmp, not by hashing every line.
  const big = Buffer.from('a line of a long changelog\n'.repeat(120_000));
  const asBytes = compareVersion(big, undefined, cache.keepBytes).lines;
  expect(Buffer.isBuffer(asBytes)).toBe(true);
  cache.set('big', { lines: asBytes!, carry: { profile: 'p', carried: [] } });
  expect((cache.get('big')!.lines as Buffer).equals(big)).toBe(true);
  const next = Buffer.concat([big, Buffer.from('one more line\n')]);
  expect(compareVersion(next, cache.get('big')!.lines, cache.keepBytes).regions).toEqual([[big.length - 4 * 27, next.length]]);
  // Past the page, the keys: the same regions.
  const keys = compareVersion(big, undefined, 1024 * 1024).lines;
  expect(keys).toBeInstanceOf(Float64Array);
  expect(compareVersion(next, keys, 1024 * 1024).regions).toEqual([[big.length - 4 * 27, next.length]]);
});

it('drops versions in the order a model of the two queues gives, whatever mix of reads, reverts and new versions', () => {
  // The model: two lists in order of arrival, spent versions dropped before waiting ones, oldest first,
  // and spent ones past their share (`spent` of the `slots * 8` versions the budget holds) as each new
  // version comes in. Each version is one page, so the budget is a count; ids repeat, as reverts and
  // branches do.
  const ops = fc.array(fc.tuple(fc.constantFrom('set', 'set', 'get', 'touch', 'peek'), fc.integer({ min: 0, max: 40 })), { minLength: 20, maxLength: 400, size: 'max' });
  fc.assert(
    fc.property(ops, fc.integer({ min: 1, max: 4 }), fc.constantFrom(0, 1, 2, 4, 8), (list, slots, spent) => {
      const cache = new LineCache(slots * 8 * 100, 100, spent / 8);
      let waiting: string[] = [];
      let used: string[] = [];
      const holds = (id: string) => waiting.includes(id) || used.includes(id);
      for (const [op, n] of list) {
        const id = `v${n}`;
        if (op === 'set') {
          cache.set(id, version(100));
          if (holds(id)) continue;
          waiting.push(id);
          while (used.length > slots * spent) used.shift();
          while (waiting.length + used.length > slots * 8) (used.length > 0 ? used : waiting).shift();
        } else if (op === 'get') {
          expect(cache.get(id) !== undefined).toBe(holds(id));
          if (waiting.includes(id)) {
            waiting = waiting.filter((w) => w !== id);
            used.push(id);
          }
        } else if (op === 'touch') {
          cache.touch(id);
          if (!holds(id)) continue;
          waiting = waiting.filter((w) => w !== id);
          used = used.filter((u) => u !== id);
          waiting.push(id);
        } else expect(cache.peek(id) !== undefined).toBe(holds(id));
      }
      for (let n = 0; n <= 40; n++) expect(cache.peek(`v${n}`) !== undefined).toBe(holds(`v${n}`));
    }),
    { numRuns: 150 },
  );
});
