/** Politeness: a request rate per provider and a cap on requests in flight overall. */

/** Spaces requests per key (provider) and bounds concurrency. */
export class Limiter {
  private readonly next = new Map<string, number>();
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly perSecond: number,
    private readonly concurrency: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Runs `task` when `key`'s rate and the global cap allow. */
  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const interval = 1000 / this.perSecond;
    const at = Math.max(this.now(), this.next.get(key) ?? 0);
    this.next.set(key, at + interval);
    const wait = at - this.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (this.active >= this.concurrency) await new Promise<void>((r) => this.waiting.push(r));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}
