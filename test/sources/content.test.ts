/**
 * How file content becomes text to scan (sources/content.ts): classification, the LFS pointer format,
 * UTF-16 decoding across block boundaries, and the strings view of binary content with findings put
 * back at their place in the file.
 */
import { createHash } from 'node:crypto';
import { buildRuleSet } from '../../src/rules/registry';
import { analyzeView } from '../../src/scan/item';
import { classifyContent, classifyStart, contentFragments } from '../../src/sources/content';
import { isLfsPointer } from '../../src/sources/guards';
import { StringsView } from '../../src/sources/strings-view';
import { Utf16Decoder } from '../../src/sources/utf16';
import type { DecodedEntry, LedgerSink } from '../../src/sources/types';
import { testRule } from '../helpers/engine';

const TOKEN = 'tok_a1b2c3d4e5f6a7b8'; // tokenguard:allow (a made-up test value)
const ruleSet = buildRuleSet({ definitions: [testRule({ id: 'test.tok' })], allowlistRegexes: [] });
const origin = { kind: 'worktree' as const };

/** Deterministic bytes that look like compressed data (every byte value, no structure). */
function noise(n: number, seed = 1): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

function sink(): LedgerSink & { decodedAs: DecodedEntry['as'][] } {
  const decodedAs: DecodedEntry['as'][] = [];
  return { decodedAs, skip() {}, problem() {}, scanned() {}, decoded: (_p, as) => void decodedAs.push(as) };
}

/** Findings of a whole file split into blocks of `block` bytes, as a streamed read would see it. */
function scanBlocks(bytes: Buffer, block = bytes.length) {
  const blocks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += block) blocks.push(bytes.subarray(i, i + block));
  const kind = classifyStart(bytes);
  return [...contentFragments(kind, blocks, 'f', origin, sink())].flatMap((f) => analyzeView(f, ruleSet));
}

describe('classification', () => {
  it('tells text, UTF-16, binary and LFS pointers apart', () => {
    const text = 'a = 1\nb = 2\n'.repeat(50);
    expect(classifyContent(Buffer.from(text))).toBe('text');
    expect(classifyContent(Buffer.from(text, 'utf16le'))).toBe('utf16le');
    expect(classifyContent(Buffer.from(text, 'utf16le').swap16())).toBe('utf16be');
    expect(classifyContent(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('日本語のテキスト', 'utf16le')]))).toBe('utf16le');
    expect(classifyContent(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('日本語', 'utf16le').swap16()]))).toBe('utf16be');
    expect(classifyContent(noise(4096))).toBe('binary');
    expect(classifyContent(Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4000)]))).toBe('binary');
  });

  it('reads a text file with a few stray control bytes as text, and one full of them as binary', () => {
    const text = Buffer.from('x'.repeat(7000) + '\n' + 'y'.repeat(100));
    text[6500] = 0;
    expect(classifyContent(text)).toBe('text');
    const padded = Buffer.concat([Buffer.alloc(4096), Buffer.from('key = value\n')]);
    expect(classifyContent(padded)).toBe('binary');
    // A UTF-32 mark is not a UTF-16 one.
    expect(classifyContent(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toBe('binary');
  });
});

describe('LFS pointers', () => {
  const oid = createHash('sha256').update('x').digest('hex');
  const head = 'version https://git-lfs.github.com/spec/v1\n';
  it.each([
    ['the spec example', `${head}oid sha256:${oid}\nsize 12345\n`, true],
    ['an extension key holding an oid', `${head}ext-0-foo sha256:${oid}\noid sha256:${oid}\nsize 1\n`, true],
    ['keys out of order', `${head}size 1\noid sha256:${oid}\n`, false],
    ['no size', `${head}oid sha256:${oid}\n`, false],
    ['a short oid', `${head}oid sha256:${oid.slice(1)}\nsize 1\n`, false],
    ['a CRLF line', `${head}oid sha256:${oid}\r\nsize 1\n`, false],
    ['no final newline', `${head}oid sha256:${oid}\nsize 1`, false],
    ['a free-form extra key', `${head}note hello\noid sha256:${oid}\nsize 1\n`, false],
    ['an upper-case key', `${head}Oid sha256:${oid}\nsize 1\n`, false],
    ['trailing text', `${head}oid sha256:${oid}\nsize 1\nmore`, false],
    ['1024 bytes or more', `${head}ext-0-a sha256:${oid}\n`.padEnd(1024 - `oid sha256:${oid}\nsize 1\n`.length, 'x') + `oid sha256:${oid}\nsize 1\n`, false],
  ])('%s', (_name, text, pointer) => {
    expect(isLfsPointer(Buffer.from(text))).toBe(pointer);
  });
});

describe('UTF-16 decoding', () => {
  const text = 'línea 1 😀\r\nline 2 \u{1F510} 𝄞 end\n';
  it.each(['utf16le', 'utf16be'] as const)('%s gives the same text however the bytes are split into blocks', (kind) => {
    const raw = kind === 'utf16le' ? Buffer.from(`\ufeff${text}`, 'utf16le') : Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
    for (let a = 0; a <= raw.length; a++) {
      for (const b of [a, a + 1, a + 3]) {
        const d = new Utf16Decoder(kind);
        const out = Buffer.concat([d.push(raw.subarray(0, a)), d.push(raw.subarray(a, Math.min(b, raw.length))), d.push(raw.subarray(Math.min(b, raw.length))), d.end()]);
        expect(out.toString('utf8')).toBe(text);
      }
    }
  });

  it('reports a secret at the line and column of the decoded text', () => {
    const raw = Buffer.from(`first\n  x = ${TOKEN}\n`, 'utf16le');
    const [f] = scanBlocks(raw);
    expect(f).toMatchObject({ line: 2, column: 7, endColumn: 27, secret: TOKEN });
    expect(f.notes).toEqual([expect.stringMatching(/UTF-16LE/)]);
  });

  it('also reads the printable strings of a file that only claims to be UTF-16', () => {
    const liar = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`key = ${TOKEN}\n`)]);
    expect(classifyContent(liar)).toBe('utf16le');
    const found = scanBlocks(liar);
    expect(found.map((f) => [f.secret, f.startOffset])).toEqual([[TOKEN, 8]]);
  });
});

describe('the strings view of binary content', () => {
  const bin = Buffer.concat([noise(3000), Buffer.from('\n\0short\0'), Buffer.from(`\tkey = ${TOKEN}`), Buffer.from([0, 1, 2]), noise(3000, 7)]);
  const offset = bin.indexOf(TOKEN);
  const line = bin.subarray(0, offset).filter((b) => b === 10).length + 1;
  const column = offset - (bin.lastIndexOf(10, offset) + 1) + 1;

  it('finds the secret with its byte offset, the line grep -an shows and its byte column', () => {
    const [f, ...rest] = scanBlocks(bin);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ secret: TOKEN, startOffset: offset, endOffset: offset + TOKEN.length, line, column, endLine: line, endColumn: column + TOKEN.length });
    expect(f.notes).toEqual([`not a text file: found among its printable strings, at byte offset ${offset}`]);
  });

  it('gives the same findings whatever the block size (runs that cross blocks are joined)', () => {
    const whole = scanBlocks(bin);
    for (const block of [1, 7, 8, 9, 64, 1000, 3007]) expect(scanBlocks(bin, block)).toEqual(whole);
  });

  it('keeps runs of 8 or more printable bytes, each on its own line, and nothing else', () => {
    const v = new StringsView('f', origin);
    const input = Buffer.from('\0abcdefg\0abcdefgh\x01tab\there!\x7f1234567\n12345678');
    const out = [...v.push(input), ...v.end()];
    expect(Buffer.concat(out.map((f) => f.bytes)).toString()).toBe('abcdefgh\ntab\there!\n12345678\n');
  });

  it('cuts a long view into fragments with an overlap, and a multi-line secret at a cut is still found once', () => {
    const pem = ['-----BEGIN TEST-----', ...Array.from({ length: 6 }, (_, i) => `line${i}`.padEnd(40, 'z')), '-----END TEST-----'].join('\n');
    const runs = Array.from({ length: 400 }, (_, i) => `filler run number ${i}`).join('\0');
    const input = Buffer.concat([Buffer.from(runs), Buffer.from(`\0${pem}\0`), Buffer.from(runs)]);
    const rule = testRule({ id: 'test.pem', regex: '(-----BEGIN TEST-----[\\s\\S]*?-----END TEST-----)', keywords: ['BEGIN TEST'] });
    const set = buildRuleSet({ definitions: [rule], allowlistRegexes: [] });
    const v = new StringsView('f', origin, 4096);
    const frags = [...v.push(input), ...v.end()];
    expect(frags.length).toBeGreaterThan(3);
    const found = frags.flatMap((f) => analyzeView(f, set));
    expect(found.map((f) => [f.startOffset, f.line, f.endLine])).toEqual([[input.indexOf('-----BEGIN'), 1, 8]]);
  });

  it('lists each file that is not text with how it was read', () => {
    const s = sink();
    for (const [bytes, kind] of [
      [bin, 'binary'],
      [Buffer.from('ab\ncd\n', 'utf16le'), 'utf16le'],
    ] as const)
      Array.from(contentFragments(kind, [bytes], 'f', origin, s));
    expect(s.decodedAs).toEqual(['strings', 'utf-16le']);
  });
});
