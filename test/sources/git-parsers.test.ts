import { CatFileParser, type GitObject } from '../../src/sources/git/catfile-parser';
import { RawLogParser, type LogChange, type LogCommit } from '../../src/sources/git/log';
import { GitError } from '../../src/errors';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const Z = '0'.repeat(40);

function logBytes(): Buffer {
  return Buffer.concat([
    Buffer.from(`\x01${A} \x00001700000000\x00Alice\x00a@x.test\x00\n:000000 100644 ${Z} ${B} A\x00dir/secret.env\x00`),
    Buffer.from(`:100644 100644 ${B} ${A} M\x00we\nird\x00`),
    Buffer.from(`\x01${B} ${A}\x00001700000100\x00Bob Ünïcode\x00b@x.test\x00`),
    Buffer.from(`\x01${A} ${B} ${A}\x00001700000200\x00Carol\x00c@x.test\x00\n:100644 000000 ${B} ${Z} D\x00gone.txt\x00`),
    Buffer.concat([Buffer.from(`:000000 100644 ${Z} ${B} A\x00`), Buffer.from([0x66, 0xff, 0x2e, 0x74]), Buffer.from('\x00')]),
  ]);
}

function parseLog(chunks: Buffer[]) {
  const commits: LogCommit[] = [];
  const changes: Array<LogChange & { commit: string }> = [];
  const p = new RawLogParser(
    (c) => commits.push(c),
    (c) => changes.push({ ...c, commit: commits[commits.length - 1].id }),
  );
  for (const c of chunks) p.push(c);
  p.end();
  return { commits, changes };
}

describe('git log --raw -z parser', () => {
  it('parses commits, parents, authors and raw changes with raw path bytes', () => {
    const { commits, changes } = parseLog([logBytes()]);
    expect(commits.map((c) => [c.id[0], c.parents.length, c.time, c.author])).toEqual([
      ['a', 0, 1700000000, 'Alice'],
      ['b', 1, 1700000100, 'Bob Ünïcode'],
      ['a', 2, 1700000200, 'Carol'],
    ]);
    expect(changes.map((c) => [c.status, c.dstMode, c.path.toString('latin1'), c.commit[0]])).toEqual([
      ['A', '100644', 'dir/secret.env', 'a'],
      ['M', '100644', 'we\nird', 'a'],
      ['D', '000000', 'gone.txt', 'a'],
      ['A', '100644', 'f\xff.t', 'a'],
    ]);
  });

  it('gives the same result however the stream is cut', () => {
    const bytes = logBytes();
    const whole = parseLog([bytes]);
    for (let cut = 1; cut < bytes.length; cut += 7) {
      expect(parseLog([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(whole);
    }
  });

  it('reads commit ids by hand as the general split reads them, for any spacing and any ids', () => {
    // The general reading (trim, split on spaces, drop empties; the first must be an id) is the oracle.
    const C = 'c'.repeat(64);
    const firsts = [
      `${A} `,
      `${A} ${B}`,
      `${A} ${B} ${C}`,
      `${A}`,
      ` ${A} ${B}`,
      `${A}  ${B}`,
      `${A} ${B} `,
      `${A}\n`,
      `${A.toUpperCase()} ${B}`,
      `${A} zz`,
      `${A.slice(1)} ${B}`,
      `${C}c ${A}`,
      ' ',
      '',
      `${A}\t${B}`,
    ];
    for (const first of firsts) {
      const bytes = Buffer.from(`\x01${first}\x00001700000000\x00Alice\x00a@x.test\x00`);
      let got: unknown;
      try {
        got = parseLog([bytes]).commits.map((c) => [c.id, c.parents]);
      } catch (err) {
        got = (err as Error).name;
      }
      const [id, ...parents] = first.trim().split(' ').filter(Boolean);
      const want = /^[0-9a-f]{40,64}$/.test(id ?? '') ? [[id, parents]] : 'GitError';
      expect([JSON.stringify(first), got]).toEqual([JSON.stringify(first), want]);
    }
  });

  it('rejects garbage and truncated records', () => {
    expect(() => parseLog([Buffer.from('hello\x00')])).toThrow(GitError);
    expect(() => parseLog([Buffer.from(`:000000 100644 ${Z} ${B} A\x00`)])).toThrow(/truncated/);
    expect(() => parseLog([Buffer.from(`\x01${A} \x00001700000000\x00Alice`)])).toThrow(/truncated/);
  });
});

describe('git cat-file --batch parser', () => {
  const out = Buffer.concat([Buffer.from(`${A} blob 5\nhello\n`), Buffer.from(`${B} missing\n`), Buffer.from(`${B} blob 12\n0123456789ab\n`), Buffer.from(`${A} blob 0\n\n`)]);

  function parse(chunks: Buffer[], max = 10): GitObject[] {
    const objs: GitObject[] = [];
    const p = new CatFileParser(true, max, (o) => objs.push(o));
    for (const c of chunks) p.push(c);
    p.end();
    return objs;
  }

  it('parses content, missing objects, empty blobs and skips oversize content', () => {
    const objs = parse([out]);
    expect(objs.map((o) => [o.type, o.size, o.content?.toString(), o.oversize ?? false])).toEqual([
      ['blob', 5, 'hello', false],
      ['missing', 0, undefined, false],
      ['blob', 12, undefined, true],
      ['blob', 0, '', false],
    ]);
  });

  it('gives the same result however the stream is cut', () => {
    const whole = parse([out]);
    for (let cut = 1; cut < out.length; cut++) expect(parse([out.subarray(0, cut), out.subarray(cut)])).toEqual(whole);
  });

  it('reads a header from its bytes (one chunk) as it reads its text (a header cut across chunks)', () => {
    // The first form is read byte by byte when the line starts a chunk; the second, split after one
    // byte, is read as text. Odd lines must get the same answer, or the same error, both ways.
    const C = 'c'.repeat(64);
    const lines = [
      `${A} blob 5`,
      `${C} blob 5`,
      `${A} blob 05`,
      `${A} blob `,
      `${A} blob 1e0`,
      `${A} blob -1`,
      `${A} blob 5 x`,
      `${A.toUpperCase()} blob 5`,
      `${A}x blob 5`,
      `${A.slice(1)} blob 5`,
      `${A} blobs 5`,
      `${A} Blob 5`,
      `${A} tree 5`,
      `${A} blob 9007199254740993`,
      `${A} blob 999999999999999`,
      `${A}  blob 5`,
    ];
    const outcome = (chunks: Buffer[]) => {
      try {
        return parse(chunks, 1e16).map((o) => [o.id, o.type, o.size, o.content?.length]);
      } catch (err) {
        return (err as Error).message;
      }
    };
    for (const line of lines) {
      const bytes = Buffer.from(`${line}\nhello\n`);
      expect([line, outcome([bytes])]).toEqual([line, outcome([bytes.subarray(0, 1), bytes.subarray(1)])]);
    }
  });

  it('rejects truncated and malformed output', () => {
    expect(() => parse([Buffer.from(`${A} blob 5\nhel`)])).toThrow(/truncated/);
    expect(() => parse([Buffer.from(`${A} blob 5\nhelloX`)])).toThrow(/not followed by a newline/);
    expect(() => parse([Buffer.from('what is this\n')])).toThrow(/unexpected output/);
  });
});
