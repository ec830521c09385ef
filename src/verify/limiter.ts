/**
 * Politeness: a request rate per provider and a cap on requests in flight overall. Spacing is by
 * when requests are SENT: a request first takes a concurrency slot, then waits its turn for the
 * provider, and its send time is taken when it really goes. (Reserving a time slot before waiting for
 * concurrency let several late waiters go out together once slots freed up.)
 */

/** Waits `ms` milliseconds; injectable so tests can drive a virtual clock. */
export type Sleep = (ms: number) => Promise<void>;

const realSleep: Sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Spaces requests per key (provider) and bounds concurrency. */
export class Limiter {
  /** When each key last sent a request (by `now`). */
  private readonly lastSent = new Map<string, number>();
  /** Per key, the tail of the queue of requests waiting for their turn: one waiter computes at a time. */
  private readonly turn = new Map<string, Promise<void>>();
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly perSecond: number,
    private readonly concurrency: number,
    private readonly now: () => number = Date.now,
    private readonly sleep: Sleep = realSleep,
  ) {}

  /** Runs `task` when the global cap and then `key`'s rate allow. */
  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      await this.pace(key);
      return await task();
    } finally {
      this.release();
    }
  }

  private async acquire(): Promise<void> {
    if (this.active >= this.concurrency) await new Promise<void>((r) => this.waiting.push(r));
    else this.active++;
  }

  private release(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next waiter, so a newcomer cannot jump the queue.
    if (next) next();
    else this.active--;
  }

  /** Waits until `key` may send, then records the send time; waiters of one key go one at a time. */
  private pace(key: string): Promise<void> {
    const interval = 1000 / this.perSecond;
    const prev = this.turn.get(key) ?? Promise.resolve();
    const mine = prev.then(async () => {
      // Re-read the clock after every wake-up: a timer may fire early or late, the spacing must hold.
      for (;;) {
        const last = this.lastSent.get(key);
        const wait = last === undefined ? 0 : last + interval - this.now();
        if (wait <= 0) break;
        await this.sleep(wait);
      }
      this.lastSent.set(key, this.now());
    });
    this.turn.set(key, mine);
    return mine;
  }
}
