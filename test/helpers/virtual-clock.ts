/** A virtual clock for timing code: `now` and `sleep` are driven by `advance`, never by the wall clock. */

/** Timers that fire only when the test moves time forward. */
export class VirtualClock {
  private t = 0;
  private timers: Array<{ at: number; fire: () => void }> = [];

  readonly now = (): number => this.t;

  readonly sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      this.timers.push({ at: this.t + Math.max(0, ms), fire: resolve });
    });

  /** Lets every pending promise callback run (real macrotask turns, no time passes). */
  async settle(): Promise<void> {
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  }

  /** Moves time to `now + ms`, firing each due timer in order and settling after each. */
  async advance(ms: number): Promise<void> {
    const target = this.t + ms;
    await this.settle();
    for (;;) {
      const due = this.timers.filter((x) => x.at <= target).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((x) => x !== due);
      this.t = due.at;
      due.fire();
      await this.settle();
    }
    this.t = target;
    await this.settle();
  }
}
