/**
 * The verification limiter spaces requests by when they are sent, on a virtual clock: requests
 * released together by the concurrency cap still go out one interval apart, the cap holds, and
 * providers do not wait for each other.
 */
import { Limiter } from '../../src/verify/limiter';
import { VirtualClock } from '../helpers/virtual-clock';

interface Gate {
  done: () => void;
  promise: Promise<void>;
}

function gate(): Gate {
  let done!: () => void;
  const promise = new Promise<void>((r) => (done = r));
  return { done, promise };
}

/** Starts `n` tasks for `key`; each records its send time and then waits for its gate. */
function start(limiter: Limiter, clock: VirtualClock, key: string, n: number, sent: Array<{ key: string; i: number; at: number }>) {
  const gates = Array.from({ length: n }, gate);
  const runs = gates.map((g, i) =>
    limiter.run(key, async () => {
      sent.push({ key, i, at: clock.now() });
      await g.promise;
    }),
  );
  return { gates, runs };
}

const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]);

test('requests released together by the concurrency cap are still spaced by the rate', async () => {
  const clock = new VirtualClock();
  const limiter = new Limiter(1, 2, clock.now, clock.sleep);
  const sent: Array<{ key: string; i: number; at: number }> = [];
  const { gates, runs } = start(limiter, clock, 'p', 4, sent);
  await clock.advance(1000);
  expect(sent.map((s) => s.at)).toEqual([0, 1000]);
  // Both slots stay busy long past the later requests' turn; then both free up at the same moment.
  await clock.advance(4000);
  expect(sent).toHaveLength(2);
  gates[0].done();
  gates[1].done();
  await clock.advance(0);
  expect(sent).toHaveLength(3);
  await clock.advance(1000);
  gates[2].done();
  gates[3].done();
  await Promise.all(runs);
  expect(sent.map((s) => s.i)).toEqual([0, 1, 2, 3]);
  expect(sent.map((s) => s.at)).toEqual([0, 1000, 5000, 6000]);
  for (const g of gaps(sent.map((s) => s.at))) expect(g).toBeGreaterThanOrEqual(1000);
});

test('the concurrency cap holds and the slot goes to waiters in order', async () => {
  const clock = new VirtualClock();
  const limiter = new Limiter(1000, 2, clock.now, clock.sleep);
  const sent: Array<{ key: string; i: number; at: number }> = [];
  const { gates, runs } = start(limiter, clock, 'p', 5, sent);
  await clock.advance(100);
  expect(sent.map((s) => s.i)).toEqual([0, 1]);
  gates[1].done();
  await clock.advance(100);
  expect(sent.map((s) => s.i)).toEqual([0, 1, 2]);
  for (const g of gates) g.done();
  await clock.advance(100);
  await Promise.all(runs);
  expect(sent.map((s) => s.i)).toEqual([0, 1, 2, 3, 4]);
});

test("each provider has its own pace: one provider's queue does not delay another", async () => {
  const clock = new VirtualClock();
  const limiter = new Limiter(2, 8, clock.now, clock.sleep);
  const sent: Array<{ key: string; i: number; at: number }> = [];
  const a = start(limiter, clock, 'a', 3, sent);
  const b = start(limiter, clock, 'b', 3, sent);
  for (const g of [...a.gates, ...b.gates]) g.done();
  await clock.advance(2000);
  await Promise.all([...a.runs, ...b.runs]);
  for (const key of ['a', 'b']) expect(sent.filter((s) => s.key === key).map((s) => s.at)).toEqual([0, 500, 1000]);
});

test('a timer that fires early does not let a request go before its time', async () => {
  let t = 0;
  // A sleep that wakes up after half the time asked for: the limiter must check the clock again.
  const sleep = (ms: number) => {
    t += ms / 2;
    return Promise.resolve();
  };
  const limiter = new Limiter(1, 4, () => t, sleep);
  const at: number[] = [];
  await Promise.all([0, 1, 2].map(() => limiter.run('p', async () => void at.push(t))));
  for (const g of gaps(at)) expect(g).toBeGreaterThanOrEqual(1000);
});
