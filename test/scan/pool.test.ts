/**
 * The pool's side of the worker protocol: a worker answers once per run of items and writes where it
 * is into shared memory (progress.ts), so a crash must still cost exactly the item it was inside, with
 * the items it had scanned but not yet answered for scanned again. And a batch's fragments are copied
 * as they join it (batch.ts): a source uses its memory again as soon as it is resumed.
 */
import type { Fragment } from '../../src/engine/fragment';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import type { RuleSpec } from '../../src/rules/registry';
import { ChunkPool, FragmentBatch } from '../../src/scan/batch';
import { DetectPool } from '../../src/scan/pool';
import { DetectionShare } from '../../src/scan/share';

const CRASHING = join(__dirname, 'crashing-worker.js');

const fragment = (path: string, text: string): Fragment => ({ bytes: Buffer.from(text), path, startLine: 1, offset: 0, overlap: 0, origin: { kind: 'worktree' } });

describe('a worker that crashes in the middle of a batch', () => {
  const PATHS = ['a.env', 'b.env', 'crash-me.env', 'd.env', 'e.env'];

  /** One batch through a pool of one scripted worker that answers only at the end of a batch. */
  async function runBatch(crashOn: string) {
    const pool = new DetectPool(1, { crashOn } as unknown as RuleSpec, CRASHING, 0);
    const items = PATHS.map((p) => fragment(p, 'x\n'));
    try {
      const outcome = await pool.run(items);
      // The caller's list is its own: it reports every item of the batch as scanned to the source.
      expect(items.map((i) => i.path)).toEqual(PATHS);
      return outcome;
    } finally {
      await pool.close();
    }
  }

  it('loses only the item it was inside; the items it scanned before, unanswered, are scanned again', async () => {
    const o = await runBatch('crash-me');
    expect(o.findings.map((f) => f.path)).toEqual(['a.env', 'b.env', 'd.env', 'e.env']);
    expect(o.ledger.problems).toEqual([{ path: 'crash-me.env', message: 'not scanned: the detection worker crashed: scripted crash on crash-me.env while scanning it' }]);
    expect(o.ledger.files).toBe(4);
  }, 60_000);

  it('control: with nothing to crash on, every item is answered for once', async () => {
    const o = await runBatch('no such path');
    expect(o.findings.map((f) => f.path)).toEqual(PATHS);
    expect(o.ledger.problems).toEqual([]);
    expect(o.ledger.files).toBe(5);
  }, 60_000);
});

describe('FragmentBatch', () => {
  it("copies each fragment's bytes as it joins: the source may overwrite its memory straight after", () => {
    const memory = Buffer.from('first line\nsecond line\n');
    const batch = new FragmentBatch(new ChunkPool());
    const f = fragment('x.txt', '');
    f.bytes = memory.subarray(0, 11);
    batch.add(f);
    memory.fill(0x41);
    expect(batch.items[0].bytes.toString()).toBe('first line\n');
    expect(batch.bytes).toBe(11);
  });

  it('keeps the fragment object and its getters: a line number the source counts lazily is not counted on joining', () => {
    let counted = 0;
    const f = {
      ...fragment('x.txt', 'abc\n'),
      get startLine() {
        counted++;
        return 7;
      },
    };
    const batch = new FragmentBatch(new ChunkPool());
    batch.add(f);
    expect(batch.items[0]).toBe(f);
    expect(counted).toBe(0);
  });

  it('packs small fragments into one chunk, gives a big one a pooled chunk of the next power of two, and reuses chunks given back', () => {
    const chunks = new ChunkPool();
    const batch = new FragmentBatch(chunks);
    batch.add(fragment('a', 'x'.repeat(1000)));
    batch.add(fragment('b', 'y'.repeat(1000)));
    expect(batch.items[0].bytes.buffer).toBe(batch.items[1].bytes.buffer);
    batch.add(fragment('big', 'z'.repeat(300 * 1024)));
    expect(batch.chunks).toHaveLength(2);
    expect(batch.chunks[1].length).toBe(512 * 1024);
    chunks.give(batch.chunks);
    const next = new FragmentBatch(chunks);
    next.add(fragment('c', 'w'));
    next.add(fragment('d', 'v'.repeat(400 * 1024)));
    expect(next.chunks[0]).toBe(batch.chunks[0]);
    expect(next.chunks[1]).toBe(batch.chunks[1]);
    expect(next.items[1].bytes.toString()).toBe('v'.repeat(400 * 1024));
  });

  it('keeps at most 64 MiB of free big chunks, and gives a fragment over 16 MiB memory of its own that is not kept', () => {
    const chunks = new ChunkPool();
    const eight = 8 * 1024 * 1024;
    const given = Array.from({ length: 9 }, () => chunks.take(eight - 1));
    for (const c of given) expect(c.length).toBe(eight);
    chunks.give(given);
    const again = Array.from({ length: 9 }, () => chunks.take(eight));
    expect(again.filter((c) => given.includes(c))).toHaveLength(8);
    const huge = chunks.take(16 * 1024 * 1024 + 1);
    expect(huge.length).toBe(16 * 1024 * 1024 + 1);
    expect(huge.buffer).not.toBeInstanceOf(SharedArrayBuffer);
    chunks.give([huge]);
    expect(chunks.take(16 * 1024 * 1024 + 1)).not.toBe(huge);
  });

  it("holds fragments' bytes up to 16 MiB in pooled memory a worker shares (posting does not copy them), and a bigger one's in memory posting copies", async () => {
    const batch = new FragmentBatch(new ChunkPool());
    batch.add(fragment('a', 'shared bytes'));
    batch.add(fragment('big', 'z'.repeat(300 * 1024)));
    batch.add(fragment('huge', 'h'.repeat(16 * 1024 * 1024 + 1)));
    const { port1, port2 } = new MessageChannel();
    try {
      const got = new Promise<Fragment[]>((resolve) => port2.once('message', resolve));
      port1.postMessage(batch.items);
      const [small, big, huge] = await got;
      // Written after posting, read on the other side: the same memory for pooled chunks, a copy for the
      // one past the pool (shared memory of its own would wait for the worker's garbage collection to be freed).
      batch.items[0].bytes.write('SHARED');
      batch.items[1].bytes[0] = 0x41;
      batch.items[2].bytes[0] = 0x41;
      expect(Buffer.from(small.bytes).toString()).toBe('SHARED bytes');
      expect(big.bytes[0]).toBe(0x41);
      expect(huge.bytes[0]).toBe(0x68);
    } finally {
      port1.close();
    }
  });
});

describe('DetectionShare (whether one default worker pays)', () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] }));
  afterEach(() => jest.useRealTimers());

  it('is the share of the time since the first item spent detecting: 30 ms of 100 ms is 0.3', () => {
    const share = new DetectionShare();
    expect(share.share).toBe(1); // nothing measured yet: no worker on no evidence
    jest.advanceTimersByTime(500); // the source's start-up, before the first item, does not count
    expect(share.time(() => (jest.advanceTimersByTime(30), 'found'))).toBe('found');
    jest.advanceTimersByTime(70); // the source's own work between items
    expect(share.share).toBeCloseTo(0.3, 5);
    share.time(() => jest.advanceTimersByTime(100));
    expect(share.share).toBeCloseTo(0.65, 5);
  });

  it('a worker pays while detection is at least a fifth and under half of the time', () => {
    const share = new DetectionShare();
    expect(share.pays).toBe(false);
    share.time(() => jest.advanceTimersByTime(5));
    jest.advanceTimersByTime(95);
    expect(share.pays).toBe(false); // 5%: the messages would cost more than the detection moved
    share.time(() => jest.advanceTimersByTime(20));
    expect(share.pays).toBe(true); // 25 of 120 ms, about a fifth
    share.time(() => jest.advanceTimersByTime(100));
    expect(share.pays).toBe(false); // 125 of 220 ms: the main thread has too little else to do
  });

  it('counts a detection that throws', () => {
    const share = new DetectionShare();
    expect(() =>
      share.time(() => {
        jest.advanceTimersByTime(40);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    jest.advanceTimersByTime(60);
    expect(share.share).toBeCloseTo(0.4, 5);
  });
});
