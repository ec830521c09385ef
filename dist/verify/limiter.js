"use strict";
/**
 * Politeness: a request rate per provider and a cap on requests in flight overall. Spacing is by
 * when requests are SENT: a request first takes a concurrency slot, then waits its turn for the
 * provider, and its send time is taken when it really goes. (Reserving a time slot before waiting for
 * concurrency let several late waiters go out together once slots freed up.)
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.Limiter = void 0;
const realSleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Spaces requests per key (provider) and bounds concurrency. */
class Limiter {
    perSecond;
    concurrency;
    now;
    sleep;
    /** When each key last sent a request (by `now`). */
    lastSent = new Map();
    /** Per key, the tail of the queue of requests waiting for their turn: one waiter computes at a time. */
    turn = new Map();
    active = 0;
    waiting = [];
    constructor(perSecond, concurrency, now = Date.now, sleep = realSleep) {
        this.perSecond = perSecond;
        this.concurrency = concurrency;
        this.now = now;
        this.sleep = sleep;
    }
    /** Runs `task` when the global cap and then `key`'s rate allow. */
    async run(key, task) {
        await this.acquire();
        try {
            await this.pace(key);
            return await task();
        }
        finally {
            this.release();
        }
    }
    async acquire() {
        if (this.active >= this.concurrency)
            await new Promise((r) => this.waiting.push(r));
        else
            this.active++;
    }
    release() {
        const next = this.waiting.shift();
        // The slot passes straight to the next waiter, so a newcomer cannot jump the queue.
        if (next)
            next();
        else
            this.active--;
    }
    /** Waits until `key` may send, then records the send time; waiters of one key go one at a time. */
    pace(key) {
        const interval = 1000 / this.perSecond;
        const prev = this.turn.get(key) ?? Promise.resolve();
        const mine = prev.then(async () => {
            // Re-read the clock after every wake-up: a timer may fire early or late, the spacing must hold.
            for (;;) {
                const last = this.lastSent.get(key);
                const wait = last === undefined ? 0 : last + interval - this.now();
                if (wait <= 0)
                    break;
                await this.sleep(wait);
            }
            this.lastSent.set(key, this.now());
        });
        this.turn.set(key, mine);
        return mine;
    }
}
exports.Limiter = Limiter;
