"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GuardedStream = void 0;
exports.processIO = processIO;
exports.resolveIn = resolveIn;
exports.shownPath = shownPath;
/**
 * The CLI's view of its process: streams, environment and working directory. `run()` hands it the real
 * process; tests hand `main()` their own, so the big matrices run in-process instead of spawning.
 */
const node_path_1 = require("node:path");
/**
 * A process stream that survives its reader going away: after EPIPE (`tokenguard scan | head`) further
 * writes are dropped quietly; any other write error (a full disk behind `> file`) is kept for run()
 * to report as exit 2 instead of an unhandled 'error' event and a stack trace.
 */
class GuardedStream {
    stream;
    /** Set once the reader closed the pipe. */
    closed = false;
    /** The first write error other than EPIPE. */
    failure;
    constructor(stream) {
        this.stream = stream;
        stream.on('error', (err) => {
            if (err.code === 'EPIPE')
                this.closed = true;
            else
                this.failure ??= err;
        });
    }
    get isTTY() {
        return this.stream.isTTY === true;
    }
    write(chunk) {
        if (this.closed || this.failure || this.stream.destroyed)
            return false;
        return this.stream.write(chunk);
    }
}
exports.GuardedStream = GuardedStream;
/** The real process. stdin is touched only when read: opening it loads stream machinery a hook never needs. */
function processIO() {
    return {
        stdout: new GuardedStream(process.stdout),
        stderr: new GuardedStream(process.stderr),
        get stdin() {
            return process.stdin;
        },
        env: process.env,
        cwd: process.cwd(),
    };
}
/** A path argument, resolved against the run's working directory. */
function resolveIn(io, path) {
    return (0, node_path_1.resolve)(io.cwd, path);
}
/** A path as the user should read it: relative to the working directory when that is shorter. */
function shownPath(io, path) {
    return (0, node_path_1.relative)(io.cwd, path) || path;
}
