"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BlobReader = void 0;
const catfile_1 = require("./catfile");
const queue_1 = require("../../util/queue");
/** Restarts of cat-file before giving up on the remaining blobs. */
const MAX_RESTARTS = 8;
class BlobReader {
    cwd;
    maxSize;
    options;
    cat;
    /** Ids requested and not yet answered, oldest first. */
    outstanding = new queue_1.Queue();
    ended = false;
    restarts = 0;
    /** Set once git is given up on: the error every remaining blob is answered with. */
    broken;
    wake;
    /** `options` as CatFile's: with `reuse`, an object's content is valid until the next one is asked for. */
    constructor(cwd, maxSize, options = {}) {
        this.cwd = cwd;
        this.maxSize = maxSize;
        this.options = options;
        this.cat = new catfile_1.CatFile(cwd, 'batch', maxSize, options);
    }
    /** Settles once the current cat-file is started (or could not be). */
    get started() {
        return this.cat.started;
    }
    request(id) {
        this.outstanding.push(id);
        if (!this.broken)
            this.cat.request(id);
        this.notify();
    }
    /** Lends the block a blob's content lies in, to keep it without a copy (version-pages.ts); undefined when it cannot be. */
    lend(bytes, most) {
        return this.cat.lend(bytes, most);
    }
    end() {
        this.ended = true;
        if (!this.broken)
            this.cat.end();
        this.notify();
    }
    kill() {
        this.cat.kill();
    }
    async *[Symbol.asyncIterator]() {
        while (!this.broken) {
            try {
                for await (const obj of this.cat)
                    yield { id: this.shift() ?? obj.id, obj };
                return;
            }
            catch (err) {
                const id = this.shift();
                const message = err.message;
                yield { id: id ?? '', error: message };
                if (++this.restarts > MAX_RESTARTS)
                    this.broken = `${message} (gave up after ${MAX_RESTARTS} git failures)`;
                else
                    this.restart();
            }
        }
        yield* this.drainBroken();
    }
    /** A fresh cat-file, asked again for everything still outstanding. */
    restart() {
        this.cat.kill();
        this.cat = new catfile_1.CatFile(this.cwd, 'batch', this.maxSize, this.options);
        for (const id of this.outstanding)
            this.cat.request(id);
        if (this.ended)
            this.cat.end();
    }
    /** Answers every request, present and future, with the error git was given up for. */
    async *drainBroken() {
        this.cat.kill();
        for (;;) {
            for (let id = this.shift(); id !== undefined; id = this.shift())
                yield { id, error: this.broken };
            if (this.ended)
                return;
            await new Promise((resolve) => (this.wake = resolve));
        }
    }
    shift() {
        return this.outstanding.shift();
    }
    notify() {
        const w = this.wake;
        this.wake = undefined;
        w?.();
    }
}
exports.BlobReader = BlobReader;
