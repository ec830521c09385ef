/**
 * --timeout-per-file is a budget per piece (a fragment, or 16 MiB of a file), not per file: a file of
 * any size passes as long as each piece is quick. On the main thread scanItem checks it between pieces;
 * in a worker a heartbeat after each piece restarts the pool's timer. Time here is scripted (a clock
 * passed to scanItem, jest's fake timers for the pool), so nothing depends on how fast this machine is.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { DropCounts } from '../../src/engine/detect';
import { buildRuleSet, selectRules, type RuleSpec } from '../../src/rules/registry';
import { DetectPool, workerScript } from '../../src/scan/pool';
import { scanItem } from '../../src/scan/item';
import { ScanLedger, type FileRef } from '../../src/sources/types';
import { fake } from '../helpers/fakes';
import { tempDir } from '../helpers/fs';

const S = fake('github.pat-classic', 'budget');
const MIB = 1 << 20;
const SCRIPTED = join(__dirname, 'scripted-worker.js');

/** A text file of `mib` MiB of ordinary code with the secret on its last line: 17 MiB is two 16 MiB pieces. */
function bigFile(mib: number): string {
  const path = join(tempDir(), 'big.log');
  const line = 'const value = compute(input, options); // ordinary code\n';
  const block = Buffer.from(line.repeat(Math.ceil(MIB / line.length))).subarray(0, MIB);
  const fd = openSync(path, 'w');
  for (let i = 0; i < mib; i++) writeSync(fd, block);
  writeSync(fd, `\nT=${S}\n`);
  closeSync(fd);
  return path;
}

function fileRef(path: string, display = 'big.log'): FileRef {
  return { kind: 'file', raw: Buffer.from(path), display, origin: { kind: 'worktree' }, maxFileSize: 1 << 30, onMissing: 'problem' };
}

describe('scanItem on the current thread', () => {
  const spec = selectRules({});
  const ruleSet = buildRuleSet(spec);
  const path = bigFile(17);

  /** Scans the two-piece file with a clock that moves `step` ms at every reading; returns what happened. */
  function scanWithClock(step: number, timeoutMs: number) {
    let t = 0;
    let pieces = 0;
    const ledger = new ScanLedger();
    const dropped: DropCounts = {};
    const findings = scanItem(fileRef(path), ruleSet, ledger, dropped, { timeoutMs, now: () => (t += step), onPiece: () => pieces++ });
    return { findings, ledger, pieces, elapsed: t };
  }

  it('scans every piece of a file whose pieces each fit the budget, although the whole file does not', () => {
    const r = scanWithClock(900, 1000);
    expect(r.pieces).toBe(2);
    expect(r.elapsed).toBeGreaterThan(1000); // the file as a whole took longer than one budget
    expect(r.ledger.skipped).toEqual([]);
    expect(r.ledger.files).toBe(1);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['github.pat-classic']); // from the last line
  });

  it('gives up before the next piece once a piece has overrun the budget', () => {
    const r = scanWithClock(1100, 1000);
    expect(r.pieces).toBe(1);
    expect(r.findings).toEqual([]);
    expect(r.ledger.skipped).toEqual([{ path: 'big.log', reason: 'timeout' }]);
    expect(r.ledger.problems).toEqual([{ path: 'big.log', message: 'not scanned: took longer than --timeout-per-file (1000 ms)' }]);
    expect(r.ledger.files).toBe(0);
  });

  it('with no budget (0) never gives up, however slow each piece is', () => {
    const r = scanWithClock(1e9, 0);
    expect(r.pieces).toBe(2);
    expect(r.ledger.skipped).toEqual([]);
  });
});

describe('the real worker', () => {
  it('sends one heartbeat per piece: two for a 17 MiB file, one for a small one', async () => {
    const script = workerScript();
    if (!script) throw new Error('no built worker: run npm run compile');
    const pool = new DetectPool(1, selectRules({}), script, 0);
    try {
      const big = await pool.run([fileRef(bigFile(17))]);
      expect(pool.heartbeats).toBe(2);
      expect(big.findings.map((f) => f.ruleId)).toEqual(['github.pat-classic']);
      const small = await pool.run([{ bytes: Buffer.from(`T=${S}\n`), path: 'small.env', startLine: 1, offset: 0, overlap: 0, origin: { kind: 'worktree' } }]);
      expect(pool.heartbeats).toBe(3);
      expect(small.findings).toHaveLength(1);
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe("the pool's timer, on fake time", () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] }));
  afterEach(() => jest.useRealTimers());

  /** Waits (on real time) until `cond` holds: worker messages arrive between turns of the event loop. */
  async function until(cond: () => boolean): Promise<void> {
    while (!cond()) await new Promise((r) => setImmediate(r));
  }

  /** A pool of one scripted worker whose item has `beats` heartbeats, each sent when the test opens the next step. */
  async function scripted(beats: number) {
    // The step counter, then the fake clock's reading when the test opens a step.
    const gate = new SharedArrayBuffer(16);
    new Float64Array(gate, 8, 1)[0] = Date.now();
    const pool = new DetectPool(1, { gate, beats: [beats] } as unknown as RuleSpec, SCRIPTED, 1000);
    await until(() => pool.ready);
    const open = () => {
      new Float64Array(gate, 8, 1)[0] = Date.now();
      Atomics.add(new Int32Array(gate, 0, 1), 0, 1);
      Atomics.notify(new Int32Array(gate, 0, 1), 0);
    };
    const state = { settled: false };
    const outcome = pool.run([fileRef('/nonexistent', 'item.log')]).finally(() => (state.settled = true));
    return { pool, open, outcome, state };
  }

  it('each heartbeat restarts the budget: 2.7 s on one item passes with 1 s per piece and a beat every 0.9 s', async () => {
    const { pool, open, outcome, state } = await scripted(2);
    try {
      for (let beat = 1; beat <= 2; beat++) {
        jest.advanceTimersByTime(900);
        open();
        await until(() => pool.heartbeats === beat || state.settled);
        expect(state.settled).toBe(false); // not given up on
      }
      jest.advanceTimersByTime(900);
      open(); // the answer
      const o = await outcome;
      expect(o.ledger.skipped).toEqual([]);
      expect(o.ledger.problems).toEqual([]);
      expect(o.ledger.files).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('control: a piece silent for longer than the budget after a heartbeat stops the worker, and the item is skipped (timeout)', async () => {
    const { pool, open, outcome } = await scripted(1);
    try {
      jest.advanceTimersByTime(900);
      open();
      await until(() => pool.heartbeats === 1);
      jest.advanceTimersByTime(1001);
      const o = await outcome;
      expect(o.ledger.skipped).toEqual([{ path: 'item.log', reason: 'timeout' }]);
      expect(o.ledger.problems).toEqual([{ path: 'item.log', message: 'not scanned: took longer than --timeout-per-file (1000 ms)' }]);
      expect(o.ledger.files).toBe(0);
    } finally {
      await pool.close();
    }
  });
});
