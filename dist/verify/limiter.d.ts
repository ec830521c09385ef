/**
 * Politeness: a request rate per provider and a cap on requests in flight overall. Spacing is by
 * when requests are SENT: a request first takes a concurrency slot, then waits its turn for the
 * provider, and its send time is taken when it really goes. (Reserving a time slot before waiting for
 * concurrency let several late waiters go out together once slots freed up.)
 */
/** Waits `ms` milliseconds; injectable so tests can drive a virtual clock. */
export type Sleep = (ms: number) => Promise<void>;
/** Spaces requests per key (provider) and bounds concurrency. */
export declare class Limiter {
    private readonly perSecond;
    private readonly concurrency;
    private readonly now;
    private readonly sleep;
    /** When each key last sent a request (by `now`). */
    private readonly lastSent;
    /** Per key, the tail of the queue of requests waiting for their turn: one waiter computes at a time. */
    private readonly turn;
    private active;
    private readonly waiting;
    constructor(perSecond: number, concurrency: number, now?: () => number, sleep?: Sleep);
    /** Runs `task` when the global cap and then `key`'s rate allow. */
    run<T>(key: string, task: () => Promise<T>): Promise<T>;
    private acquire;
    private release;
    /** Waits until `key` may send, then records the send time; waiters of one key go one at a time. */
    private pace;
}
