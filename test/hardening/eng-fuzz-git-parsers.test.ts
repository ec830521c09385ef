/**
 * Promise 7, fuzzing the git output parsers: well-formed streams cut anywhere parse back to what was
 * serialised; arbitrary bytes either parse or throw GitError, never a TypeError or RangeError.
 * FUZZ_RUNS sets the cases per property (200 in npm test, 10,000 in npm run fuzz).
 */
import fc from 'fast-check';
import { GitError } from '../../src/errors';
import { BlobTable } from '../../src/sources/git/blob-table';
import { CatFileParser, type GitObject } from '../../src/sources/git/catfile-parser';
import { RawLogParser, type LogChange, type LogCommit } from '../../src/sources/git/log';
import { splitNul } from '../../src/sources/git/run';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const HEX = '0123456789abcdef'.split('');

const objectId = fc.array(fc.constantFrom(...HEX), { minLength: 40, maxLength: 40 }).map((a) => a.join(''));
/** Path bytes as git -z prints them: anything but NUL. */
const pathBytes = fc.uint8Array({ minLength: 1, maxLength: 40 }).map((a) => Buffer.from(a.map((b) => b || 0x2f)));
/** Header text fields: no NUL (it separates them), no leading \x01 (it marks a commit). */
const field = fc.string({ maxLength: 20, unit: 'binary' }).map((s) => s.replace(/\0/g, '').replace(/^\x01/, ''));

const change = fc.record({
  srcMode: fc.constantFrom('000000', '100644', '100755', '120000'),
  dstMode: fc.constantFrom('000000', '100644', '100755', '160000'),
  srcId: objectId,
  dstId: objectId,
  status: fc.constantFrom('A', 'M', 'D', 'T'),
  path: pathBytes,
});
const commit = fc.record({
  id: objectId,
  parents: fc.array(objectId, { maxLength: 3 }),
  time: fc.integer({ min: 0, max: 4_000_000_000 }),
  author: field,
  email: field,
  changes: fc.array(change, { maxLength: 4 }),
});
type Commit = typeof commit extends fc.Arbitrary<infer T> ? T : never;

/** What `git log --raw -z` with LOG_FORMAT prints for these commits. */
function serialiseLog(commits: Commit[]): Buffer {
  const parts: Buffer[] = [];
  for (const c of commits) {
    parts.push(Buffer.from(`\x01${c.id} ${c.parents.join(' ')}\0${c.time}\0${c.author}\0${c.email}\0`));
    c.changes.forEach((ch, i) => {
      parts.push(Buffer.from(`${i === 0 ? '\n' : ''}:${ch.srcMode} ${ch.dstMode} ${ch.srcId} ${ch.dstId} ${ch.status}\0`), ch.path, Buffer.from([0]));
    });
  }
  return Buffer.concat(parts);
}

/** Cuts `buf` at the given fractions. */
function cut(buf: Buffer, fractions: number[]): Buffer[] {
  const points = [...new Set(fractions.map((f) => Math.floor(f * buf.length)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let prev = 0;
  for (const p of [...points, buf.length]) {
    out.push(buf.subarray(prev, p));
    prev = p;
  }
  return out;
}

function parseLog(chunks: Buffer[]) {
  const commits: LogCommit[] = [];
  const changes: Array<LogChange & { at: number }> = [];
  const p = new RawLogParser(
    (c) => commits.push(c),
    (c) => changes.push({ ...c, at: commits.length - 1 }),
  );
  for (const c of chunks) p.push(c);
  p.end();
  return { commits, changes };
}

/** Runs `f`; anything thrown must be a GitError. */
function onlyGitError(f: () => void): void {
  try {
    f();
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
  }
}

const fractions = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 });

describe('git log --raw -z parser (fuzz)', () => {
  it('parses any well-formed log back to its commits and changes, however the stream is cut', () => {
    fc.assert(
      fc.property(fc.array(commit, { maxLength: 5 }), fractions, (commits, fr) => {
        const { commits: got, changes } = parseLog(cut(serialiseLog(commits), fr));
        expect(got).toEqual(commits.map((c) => ({ id: c.id, parents: c.parents, time: c.time, author: c.author, email: c.email })));
        const want = commits.flatMap((c, at) => c.changes.map((ch) => ({ srcMode: ch.srcMode, dstMode: ch.dstMode, srcId: ch.srcId, dstId: ch.dstId, status: ch.status, path: ch.path, at })));
        expect(changes.map((c) => ({ ...c, path: Buffer.from(c.path) }))).toEqual(want);
      }),
      { numRuns: RUNS },
    );
  });

  it('throws only GitError on arbitrary bytes, and on a valid log with bytes flipped or cut short', () => {
    const mangled = fc
      .tuple(fc.array(commit, { minLength: 1, maxLength: 3 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([cs, flips, keep]) => {
        const b = Buffer.from(serialiseLog(cs));
        for (const [i, v] of flips) b[i % b.length] = v;
        return b.subarray(0, Math.ceil(keep * b.length));
      });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
          mangled,
        ),
        fractions,
        (bytes, fr) => {
          onlyGitError(() => parseLog(cut(bytes, fr)));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

const catObject = fc.oneof(
  fc.record({ id: objectId, type: fc.constantFrom('blob', 'tree', 'commit', 'tag'), content: fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a)) }),
  fc.record({ id: objectId, type: fc.constant('missing') }),
);

function serialiseCat(objs: Array<{ id: string; type: string; content?: Buffer }>): Buffer {
  return Buffer.concat(objs.flatMap((o) => (o.type === 'missing' ? [Buffer.from(`${o.id} missing\n`)] : [Buffer.from(`${o.id} ${o.type} ${o.content!.length}\n`), o.content!, Buffer.from('\n')])));
}

function parseCat(chunks: Buffer[], max: number): GitObject[] {
  const out: GitObject[] = [];
  const p = new CatFileParser(true, max, (o) => out.push(o));
  for (const c of chunks) p.push(c);
  p.end();
  return out;
}

describe('git cat-file --batch parser (fuzz)', () => {
  it('returns every object, with content exactly when it fits the size limit, however the stream is cut', () => {
    fc.assert(
      fc.property(fc.array(catObject, { maxLength: 6 }), fc.integer({ min: 0, max: 80 }), fractions, (objs, max, fr) => {
        const got = parseCat(cut(serialiseCat(objs), fr), max);
        expect(got.map((o) => [o.id, o.type, o.size])).toEqual(objs.map((o) => [o.id, o.type, 'content' in o ? o.content.length : 0]));
        got.forEach((o, i) => {
          const want = objs[i] as { content?: Buffer };
          if (!want.content) return;
          if (want.content.length <= max) expect(o.content && Buffer.from(o.content)).toEqual(want.content);
          else expect([o.content, o.oversize]).toEqual([undefined, true]);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('throws only GitError on arbitrary or mangled output', () => {
    const mangled = fc.tuple(fc.array(catObject, { minLength: 1, maxLength: 3 }), fc.nat(), fc.integer({ min: 0, max: 255 }), fc.double({ min: 0, max: 1, noNaN: true })).map(([objs, i, v, keep]) => {
      const b = Buffer.from(serialiseCat(objs));
      b[i % b.length] = v;
      return b.subarray(0, Math.ceil(keep * b.length));
    });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a)),
          mangled,
        ),
        fractions,
        fc.integer({ min: 0, max: 100 }),
        (bytes, fr, max) => {
          onlyGitError(() => parseCat(cut(bytes, fr), max));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('splitNul and BlobTable (fuzz)', () => {
  it('splitNul inverts joining NUL-terminated records', () => {
    fc.assert(
      fc.property(fc.array(pathBytes, { maxLength: 10 }), fc.boolean(), (records, terminated) => {
        const joined = Buffer.concat(records.flatMap((r, i) => (i < records.length - 1 || terminated ? [r, Buffer.from([0])] : [r])));
        expect(splitNul(joined).map((b) => Buffer.from(b))).toEqual(records);
      }),
      { numRuns: RUNS },
    );
  });

  it('BlobTable counts sightings and keeps marks exactly like a Map, through growth', () => {
    const op = fc.record({ id: fc.oneof(objectId, fc.constantFrom('a'.repeat(40), 'b'.repeat(40))), act: fc.constantFrom<'add' | 0 | 1>('add', 0, 1) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const table = new BlobTable(2);
        const model = new Map<string, { n: number; marks: [boolean, boolean] }>();
        for (const { id, act } of ops) {
          const m = model.get(id) ?? { n: 0, marks: [false, false] };
          model.set(id, m);
          if (act === 'add') {
            m.n++;
            expect(table.add(id)).toBe(m.n);
          } else {
            expect(table.mark(id, act)).toBe(!m.marks[act]);
            m.marks[act] = true;
          }
        }
        expect(table.size).toBe(model.size);
        for (const [id, m] of model) expect([table.get(id), table.has(id), table.marked(id), table.marked(id, 1)]).toEqual([m.n, m.n > 0, ...m.marks]);
        expect([table.get('c'.repeat(40)), table.marked('c'.repeat(40)), table.marked('c'.repeat(40), 1)]).toEqual([0, false, false]);
      }),
      { numRuns: RUNS },
    );
  });
});
