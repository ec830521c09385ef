"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createProgress = createProgress;
const OFF = { update: () => undefined, stop: () => undefined };
/** Scans shorter than this never show a bar. */
const SHOW_AFTER_MS = 1000;
/** A progress bar when stderr is a terminal and the user did not ask for quiet. */
function createProgress(stream, enabled) {
    if (!enabled || !stream.isTTY)
        return OFF;
    const started = Date.now();
    let bar;
    let last = 0;
    return {
        update(ledger, total) {
            const now = Date.now();
            if (now - started < SHOW_AFTER_MS || now - last < 100)
                return;
            last = now;
            const mb = ledger.bytes / 1e6;
            const payload = { mb: mb.toFixed(1), rate: (mb / ((now - started) / 1000)).toFixed(1) };
            const done = ledger.files + ledger.skipped.length;
            if (!bar) {
                const { SingleBar, Presets } = require('cli-progress');
                bar = new SingleBar({
                    stream: stream,
                    format: 'scanning |{bar}| {value}/{total} files · {mb} MB · {rate} MB/s · ETA {eta_formatted}',
                    hideCursor: true,
                    clearOnComplete: true,
                    etaBuffer: 50,
                }, Presets.shades_classic);
                bar.start(Math.max(total ?? done, done), done, payload);
            }
            bar.setTotal(Math.max(total ?? done, done));
            bar.update(done, payload);
        },
        stop() {
            bar?.stop();
        },
    };
}
