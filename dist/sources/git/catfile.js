"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CatFile = void 0;
const errors_1 = require("../../errors");
const run_1 = require("./run");
const queue_1 = require("../../util/queue");
const block_stream_1 = require("./block-stream");
const catfile_parser_1 = require("./catfile-parser");
const loopback_1 = require("./loopback");
/** Below this many queued bytes, each object handed on is followed by a turn of the event loop. */
const LOW_WATER = 8 * 1024 * 1024;
/** Bytes of requested ids held back to be written to git together. */
const UNSENT_MAX = 32 * 1024;
/**
 * How much parsed content may wait for the consumer before git's output is paused. With detection in a
 * worker the main thread waits on it at times, and 64 MiB queued up: 70 MiB more peak memory on the
 * rails-shaped history than 16 MiB, for no difference in time.
 */
const HIGH_WATER = 16 * 1024 * 1024;
/** A running cat-file process: write ids, iterate objects. */
class CatFile {
    /** Settles once git is started, or could not be (with `reuse`, after its loopback socket is connected). */
    started;
    /** git, once started (with `reuse`, after its loopback socket is connected). */
    child;
    /** What git's output is read from when its handle cannot be taken over (then as a stream). */
    output;
    queue = new queue_1.Queue();
    /** With reused blocks: the block each queued object's content lies in (undefined: its own memory), in queue order. */
    blocks = new queue_1.Queue();
    stream;
    queuedBytes = 0;
    wake;
    done = false;
    failure;
    stderr = '';
    written = 0;
    inputEnded = false;
    killed = false;
    /** Requested ids not yet written to git. */
    unsent = '';
    parser;
    constructor(cwd, mode, maxSize = Infinity, options = {}) {
        // Blobs are asked for in walk order, not pack order, so git resolves the same delta chains again
        // and again: with a 256 MiB delta base cache instead of 48 MiB, cat-file takes 2.0 s instead of 5.6 s
        // on 5,000 commits of edits (bench/edit-history.js), for about 200 MiB more of git's memory.
        const cache = mode === 'batch' ? ['-c', 'core.deltaBaseCacheLimit=256m'] : [];
        const args = [...cache, 'cat-file', `--${mode}`];
        this.parser = new catfile_parser_1.CatFileParser(mode === 'batch', maxSize, (obj) => this.parsed(obj), (bytes, change) => {
            const block = this.stream?.blockOf(bytes);
            if (block && change > 0)
                this.stream.hold(block);
            else if (block)
                this.stream.release(block);
        }, (size) => this.stream?.spill(size));
        if (!options.reuse) {
            const child = (0, run_1.spawnGit)(cwd, args);
            this.start(child, child.stdout, false);
            this.started = Promise.resolve();
            return;
        }
        // A history scan's cat-file writes into a loopback socket, for its bigger buffer (loopback.ts).
        this.started = (options.loopback === false ? Promise.resolve(undefined) : (0, loopback_1.loopbackPair)()).then((pair) => {
            if (this.killed) {
                pair?.ours.destroy();
                pair?.theirs.destroy();
                return;
            }
            try {
                const child = pair ? (0, run_1.spawnGitTo)(cwd, args, pair.theirs) : (0, run_1.spawnGit)(cwd, args);
                pair?.theirs.destroy(); // git has its own copy; ours would keep the connection open past git's exit
                this.start(child, pair?.ours ?? child.stdout, true);
                this.flush();
                if (this.inputEnded)
                    child.stdin.end();
            }
            catch (err) {
                // spawn() throws for some failures rather than emitting 'error'; here nothing else would catch it.
                pair?.ours.destroy();
                pair?.theirs.destroy();
                this.fail(new errors_1.GitError(`cannot run git cat-file: ${err.message}`));
            }
        });
    }
    /** Wires a started git: its output (read into reused blocks with `reuse`), stderr, and its end. */
    start(child, output, reuse) {
        this.child = child;
        const onChunk = (chunk) => {
            try {
                this.parser.push(chunk);
            }
            catch (err) {
                this.fail(err);
            }
        };
        this.stream = reuse ? block_stream_1.BlockStream.takeOver(output, onChunk) : undefined;
        if (!this.stream) {
            this.output = output;
            output.on('data', onChunk);
            output.resume(); // a loopback socket comes paused
        }
        child.stderr.on('data', (d) => (this.stderr += d.toString('utf8')).length > 65536 && (this.stderr = this.stderr.slice(-65536)));
        child.stdin.on('error', () => undefined); // an early exit is reported through the exit code
        child.on('error', (err) => this.fail(new errors_1.GitError(`cannot run git cat-file: ${err.message}`)));
        const closed = (code, signal) => {
            try {
                if (code !== 0 || signal)
                    throw (0, run_1.gitFailure)(['cat-file'], code ?? -1, signal, this.stderr);
                this.parser.end();
            }
            catch (err) {
                this.fail(err);
            }
            this.done = true;
            this.notify();
        };
        if (this.stream || output !== child.stdout)
            this.closeOnExit(child, this.stream ?? output, closed);
        else
            child.on('close', closed);
    }
    /**
     * The child's 'close' waits only for its own stdio streams, and its stdout is not one of them once
     * its handle is taken over (or it writes into a loopback socket): the exit, the end of the output and
     * the end of stderr instead, whichever comes last.
     */
    closeOnExit(child, output, closed) {
        let exit;
        let open = 2;
        const settle = () => exit && open === 0 && closed(...exit);
        child.on('exit', (code, signal) => {
            exit = [code, signal];
            settle();
        });
        output.on('close', () => {
            open--;
            settle();
        });
        output.on('error', (err) => this.fail(new errors_1.GitError(`reading git cat-file: ${err?.message}`)));
        child.stderr.on('close', () => {
            open--;
            settle();
        });
    }
    parsed(obj) {
        // Held since its first byte was parsed; let go when the consumer asks for the next object.
        const block = obj.content && this.stream?.blockOf(obj.content);
        this.queue.push(obj);
        if (this.stream)
            this.blocks.push(block);
        this.queuedBytes += obj.content?.length ?? 0;
        if (this.queuedBytes > HIGH_WATER)
            this.pause(true);
        this.notify();
    }
    pause(paused) {
        if (this.stream)
            this.stream.setPaused(paused);
        else if (paused)
            this.output?.pause();
        else
            this.output?.resume();
    }
    /**
     * Asks for one object. Ids are written in batches: when 32 KiB of them wait, when every answer so far
     * has been read (git has nothing left to do), and at the end. A pipe write per id, or per task, cost
     * more than the rest of the request: 839 writes took 0.43 s of a 7.8 s history scan.
     */
    request(id) {
        this.written++;
        this.unsent += `${id}\n`;
        if (this.unsent.length >= UNSENT_MAX)
            this.flush();
    }
    /** No more requests: git exits after answering the ones made. */
    end() {
        this.flush();
        this.inputEnded = true;
        this.child?.stdin?.end();
    }
    /** Writes the ids held back (kept until git has started). */
    flush() {
        if (this.unsent === '' || !this.child || this.child.stdin.writableEnded)
            return;
        this.child.stdin.write(this.unsent);
        this.unsent = '';
    }
    /** Lends the block an object's content lies in, with reused blocks (BlockStream.lend). */
    lend(bytes, most) {
        return this.stream?.lend(bytes, most);
    }
    /** Number of requests made so far. */
    get requested() {
        return this.written;
    }
    /**
     * Whether this cat-file keeps the process alive: a spare started ahead of need waits with `false`, so
     * a caller that never asks anything of it can still exit (git then ends as its input closes).
     */
    keepAlive(on) {
        const child = this.child;
        for (const handle of [child, child?.stdin, child?.stdout, child?.stderr]) {
            if (on)
                handle?.ref?.();
            else
                handle?.unref?.();
        }
    }
    /** Stops git (used when the consumer gives up early). */
    kill() {
        this.killed = true;
        this.child?.kill('SIGKILL');
        this.stream?.destroy();
    }
    fail(err) {
        this.failure ??= err;
        this.killed = true;
        this.child?.kill('SIGKILL');
        this.notify();
    }
    notify() {
        const w = this.wake;
        this.wake = undefined;
        w?.();
    }
    async *[Symbol.asyncIterator]() {
        for (;;) {
            const obj = this.queue.shift();
            if (obj) {
                const block = this.stream ? this.blocks.shift() : undefined;
                this.queuedBytes -= obj.content?.length ?? 0;
                if (this.queuedBytes <= HIGH_WATER / 2)
                    this.pause(false);
                try {
                    yield obj;
                }
                finally {
                    // Asked for the next object (or stopped): this one's block may be used again.
                    if (block)
                        this.stream.release(block);
                }
                // Objects already queued come through promise jobs alone, which never let the event loop read
                // the socket: git fills its buffer (4 MiB on loopback, 200 KiB on a pipe) and waits, and the queue runs dry. While
                // little is queued, a turn of the loop after each object keeps git writing.
                if (this.queuedBytes < LOW_WATER)
                    await new Promise((resolve) => setImmediate(resolve));
                continue;
            }
            if (this.failure)
                throw this.failure;
            if (this.done)
                return;
            this.flush();
            await new Promise((resolve) => (this.wake = resolve));
        }
    }
}
exports.CatFile = CatFile;
