"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DetectionShare = void 0;
/**
 * How much of the main thread's time goes to detection. A single worker only pays when the main thread
 * has other work to overlap it with (a history scan reading git and comparing versions): on 2 cores,
 * with one worker, the rails-shaped history (detection 32% of the main thread's time) went from 7.0 s
 * to 6.3 s, but this repository's own history (71%: few commits, big files full of test secrets) from
 * 3.0 s to 3.3 s. Measured from the first item, so the source's start-up does not count.
 */
class DetectionShare {
    since;
    detecting = 0;
    /** Runs detection on this thread, timed. */
    time(detect) {
        const start = performance.now();
        this.since ??= start;
        try {
            return detect();
        }
        finally {
            this.detecting += performance.now() - start;
        }
    }
    /** The share of the time since the first item that went to detection (1 before any). */
    get share() {
        if (this.since === undefined)
            return 1;
        const elapsed = performance.now() - this.since;
        return elapsed > 0 ? this.detecting / elapsed : 1;
    }
}
exports.DetectionShare = DetectionShare;
