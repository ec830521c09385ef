/** Fragments of a version's changed regions (region-fragments.ts): their first line is counted only when asked for. */
import type { Fragment } from '../../src/engine/fragment';
import { decodeItems, encodeItems } from '../../src/scan/wire';
import { numberFromOne, regionFragments } from '../../src/sources/git/region-fragments';

const content = Buffer.from(Array.from({ length: 50 }, (_, i) => `line ${i + 1}\n`).join(''));
/** The offset where 1-based line `n` starts. */
const lineStart = (n: number) => content.indexOf(`line ${n}\n`);
const regions: Array<[number, number]> = [
  [lineStart(1), lineStart(2)],
  [lineStart(7), lineStart(10)],
  [lineStart(20), lineStart(21)],
  [lineStart(50), content.length],
];
const expected = [1, 7, 20, 50];

it('each fragment starts at its region, with the line number of its first byte', () => {
  const frags = [...regionFragments(content, regions, 'a.txt', { kind: 'history', blob: 'b' })];
  expect(frags.map((f) => f.bytes.toString().split('\n')[0])).toEqual(['line 1', 'line 7', 'line 20', 'line 50']);
  expect(frags.map((f) => f.offset)).toEqual(regions.map(([s]) => s));
  expect(frags.map((f) => f.startLine)).toEqual(expected);
});

it('line numbers are right whatever order they are asked in, and asked again', () => {
  const frags = [...regionFragments(content, regions, 'a.txt', { kind: 'history', blob: 'b' })];
  for (const order of [
    [3, 2, 1, 0],
    [2, 0, 3, 1],
    [1, 1, 3, 3, 0],
  ]) {
    for (const i of order) expect(frags[i].startLine).toBe(expected[i]);
  }
  // Posted to a worker, a fragment carries the number as a plain value.
  expect((decodeItems(encodeItems([frags[2]]))[0] as Fragment).startLine).toBe(20);
});

it('numbered from one, fragments say line 1 without reading the version, which may be used again by then', () => {
  const memory = Buffer.from(content);
  const frags = regionFragments(memory, regions, 'a.txt', { kind: 'history', blob: 'b' });
  const plain: Fragment = { bytes: memory.subarray(0, 4), path: 'b.txt', startLine: 9, offset: 0, overlap: 0, origin: { kind: 'history', blob: 'c' } };
  numberFromOne([...frags, plain]);
  memory.fill(0x0a); // all newlines now: a count would say otherwise
  expect(frags.map((f) => f.startLine)).toEqual([1, 1, 1, 1]);
  expect(plain.startLine).toBe(1);
  expect(decodeItems(encodeItems(frags)).map((f) => (f as Fragment).startLine)).toEqual([1, 1, 1, 1]);
});
