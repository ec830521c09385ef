import { MessageChannel } from 'node:worker_threads';
import type { Origin } from '../../src/engine/fragment';
import type { FileRef, ScanItem, SourceFragment } from '../../src/sources/types';
import { decodeItems, encodeItems, type WireItems } from '../../src/scan/wire';

/** Posts `wire` through a real message port (structured clone, as to a worker) and returns what arrives. */
async function cross(wire: WireItems): Promise<WireItems> {
  const { port1, port2 } = new MessageChannel();
  try {
    const got = new Promise<WireItems>((resolve) => port2.once('message', resolve));
    port1.postMessage(wire);
    return await got;
  } finally {
    port1.close();
  }
}

const fields = (item: ScanItem) =>
  'kind' in item && item.kind === 'file' ? { ...item, raw: Buffer.from(item.raw).toString() } : { ...(item as SourceFragment), bytes: Buffer.from((item as SourceFragment).bytes).toString('latin1') };

describe('a batch in columns (scan/wire)', () => {
  const history: Origin = { kind: 'history', commit: 'c'.repeat(40), blob: 'b'.repeat(40), author: 'A. Dev', email: 'a@example.com', date: '2020-01-02T03:04:05.000Z' };
  const worktree: Origin = { kind: 'worktree' };

  function batch() {
    const shared = Buffer.from(new SharedArrayBuffer(64));
    shared.write('first region\nsecond region\n', 5, 'latin1');
    const plainMemory = Buffer.from(new ArrayBuffer(32));
    plainMemory.write('\xff\x00binary-ish\n', 3, 'latin1');
    let counted = 0;
    const lazy: SourceFragment = {
      bytes: shared.subarray(18, 32),
      path: 'lib/a.js',
      get startLine() {
        counted++;
        return 41;
      },
      offset: 4_294_967_296 + 7,
      overlap: 0,
      origin: history,
    };
    const file: FileRef = { kind: 'file', raw: Buffer.from('/abs/x.env'), display: 'x.env', origin: worktree, maxFileSize: 1000, onMissing: 'ignore' };
    const items: ScanItem[] = [
      { bytes: shared.subarray(5, 18), path: 'lib/a.js', startLine: 3, offset: 12, overlap: 2, origin: history },
      lazy,
      file,
      { bytes: plainMemory.subarray(3, 16), path: 'img/b.bin', startLine: 1, offset: 0, overlap: 0, origin: worktree, content: 'binary' },
      { bytes: plainMemory.subarray(5, 16), path: 'c.txt', startLine: 1, offset: 0, overlap: 0, origin: worktree },
    ];
    return { items, shared, counted: () => counted };
  }

  it('arrives with every field of every item, in order, whatever its kind', async () => {
    const { items, counted } = batch();
    const expected = items.map(fields);
    const before = counted();
    const wire = encodeItems(items);
    expect(counted() - before).toBe(1); // a lazily counted line number is read once, when the batch is posted
    const got = decodeItems(await cross(wire));
    expect(got.map(fields)).toEqual(expected.map((e, i) => (i === 1 ? { ...e, startLine: 41 } : e)));
    // Fragments come out as Buffers the engine can read; the others as they were cloned.
    expect(Buffer.isBuffer((got[0] as SourceFragment).bytes)).toBe(true);
    expect(Buffer.isBuffer((got[4] as SourceFragment).bytes)).toBe(true);
  });

  it('sends each path, origin and buffer once, and shares shared memory instead of copying it', async () => {
    const { items, shared } = batch();
    const wire = encodeItems(items);
    expect(wire.paths).toEqual(['lib/a.js', 'c.txt']);
    expect(wire.origins).toEqual([history, worktree]);
    expect(wire.buffers).toHaveLength(2);
    expect(wire.others.map(([i]) => i)).toEqual([2, 3]);
    const got = decodeItems(await cross(wire));
    shared.write('FIRST', 5, 'latin1');
    expect((got[0] as SourceFragment).bytes.toString('latin1')).toBe('FIRST region\n');
    expect((got[0] as SourceFragment).origin).toBe((got[1] as SourceFragment).origin);
  });

  it('carries an empty batch and one of only file references', async () => {
    expect(decodeItems(await cross(encodeItems([])))).toEqual([]);
    const { items } = batch();
    const only = [items[2], items[2]];
    expect(decodeItems(await cross(encodeItems(only))).map(fields)).toEqual(only.map(fields));
  });
});
