/**
 * How much of the main thread's time goes to detection. A single worker only pays when the main thread
 * has other work to overlap it with (a history scan reading git and comparing versions): on 2 cores,
 * with one worker, the rails-shaped history (detection 32% of the main thread's time) went from 7.0 s
 * to 6.3 s, but this repository's own history (71%: few commits, big files full of test secrets) from
 * 3.0 s to 3.3 s. Measured from the first item, so the source's start-up does not count. Below a fifth
 * it does not pay either: 60,000 one-line edits of small files (detection 5%) took 3.55 s with
 * the worker and 3.34 s without (detection crept up to a tenth of the time after 1.3 s), the messages,
 * copies and a second JIT warm-up costing more than the detection they moved.
 */
export declare class DetectionShare {
    private since?;
    private detecting;
    /** Runs detection on this thread, timed. */
    time<T>(detect: () => T): T;
    /** True while a worker would take enough detection off this thread to pay for its messages and copies. */
    get pays(): boolean;
    /** The share of the time since the first item that went to detection (1 before any). */
    get share(): number;
}
