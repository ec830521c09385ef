/**
 * How much of the main thread's time goes to detection. A single worker only pays when the main thread
 * has other work to overlap it with (a history scan reading git and comparing versions): on 2 cores,
 * with one worker, the rails-shaped history (detection 32% of the main thread's time) went from 7.0 s
 * to 6.3 s, but this repository's own history (71%: few commits, big files full of test secrets) from
 * 3.0 s to 3.3 s. Measured from the first item, so the source's start-up does not count.
 */
export declare class DetectionShare {
    private since?;
    private detecting;
    /** Runs detection on this thread, timed. */
    time<T>(detect: () => T): T;
    /** The share of the time since the first item that went to detection (1 before any). */
    get share(): number;
}
