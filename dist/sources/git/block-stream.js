"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BlockStream = void 0;
/**
 * git's output read into a few large blocks of memory that are used again, instead of a fresh buffer
 * for every read. A history scan pipes a gigabyte of blob versions through cat-file; with a new buffer
 * per read V8 ran a full collection every 64 MB of them (61 on the express-shaped history, a fifth of
 * the main thread, and as much again on its helper threads), and with reused blocks none.
 *
 * Reads land one after another in the current block, so an object spread over several reads is still
 * one run of memory and is handed on as a view. A block goes back to the free list once no object
 * handed on from it is held (the consumer gives them back in order, see CatFile) and reading has moved
 * on to another block.
 */
const node_net_1 = require("node:net");
/** Bytes per block. */
const BLOCK = 4 * 1024 * 1024;
/** A read is given at least this much room; with less left in the block, the next block is started. */
const MIN_READ = 256 * 1024;
/**
 * Blocks in use (holding objects not given back) at which reading pauses until one is free: how far git
 * may run ahead of the scan. 16 blocks (64 MiB) were no faster than 6 on the rails-shaped history and
 * held more (one build, medians of four alternating rounds: 10.71 against 10.45 s, peak RSS 428 against
 * 410 MiB); with spills kept to 16 MiB instead of 32, a history of minified bundles peaked at 666 instead
 * of 695 to 704 MiB.
 */
const MAX_BLOCKS = 6;
/** Spill buffers kept for reuse, in bytes, beyond which the smallest free ones are let go (see MAX_BLOCKS). */
const SPILL_KEPT = 16 * 1024 * 1024;
/** Smallest spill buffer: sizes are rounded up to a power of two from here, so buffers fit later objects. */
const SPILL_MIN = 1024 * 1024;
class BlockStream {
    socket;
    free = [];
    /** Spill buffers no object holds, smallest first. */
    spills = [];
    byBuffer = new Map();
    active;
    /** Where the next read lands in the active block. */
    used = 0;
    inUse = 0;
    /** The most blocks ever in use at once (retire()). */
    mostInUse = 0;
    /** Blocks on loan (lend()). */
    lentOut = 0;
    /** Why reading is paused: the consumer asked, or every block is held. */
    consumerPaused = false;
    starved = false;
    constructor(handle, onChunk) {
        this.socket = new node_net_1.Socket({
            handle: handle,
            readable: true,
            writable: false,
            onread: {
                buffer: () => this.nextBuffer(),
                callback: (n, buf) => {
                    const chunk = Buffer.from(buf.buffer, buf.byteOffset, n);
                    this.used += n;
                    onChunk(chunk);
                    return !this.paused();
                },
            },
        });
    }
    /**
     * Takes over reading `stdout` (a child's, just spawned, or a paused loopback socket: nothing read yet), or undefined when this
     * Node does not expose what that needs; the caller then reads the stream as usual. The stream object
     * itself reads nothing more and never closes: the caller waits for this one's end and the child's exit.
     */
    static takeOver(stdout, onChunk) {
        const holder = stdout;
        const handle = holder._handle;
        if (!handle || typeof handle.readStart !== 'function' || typeof handle.useUserBuffer !== 'function')
            return undefined;
        holder._handle = null;
        return new BlockStream(handle, onChunk);
    }
    /** The block an object's bytes lie in, when they are a view of one. */
    blockOf(bytes) {
        return this.byBuffer.get(bytes.buffer);
    }
    /**
     * An object in `block` is held from its first byte (the parser holds it while gathering the rest, then
     * hands it on held), so a block is never taken back with an object half read in it.
     */
    hold(block) {
        block.refs++;
    }
    /**
     * Lends the block `bytes` lie in (if at most `most` bytes) to the version cache, which keeps versions there instead of copying
     * them (version-pages.ts): held until given back, and not counted among the blocks reading waits on,
     * since the cache gives a block back only as later versions come in. Undefined for spill memory.
     */
    lend(bytes, most = Infinity) {
        const block = this.blockOf(bytes);
        if (!block || block.spill || block.bytes.length > most)
            return undefined;
        if ((block.loans = (block.loans ?? 0) + 1) === 1)
            this.lentOut++;
        this.hold(block);
        if (this.starved)
            this.wake();
        const unpin = () => {
            if (--block.loans === 0)
                this.lentOut--;
            this.release(block);
        };
        return { block: block.bytes, unpin };
    }
    /** An object handed on from `block` is no longer held. */
    release(block) {
        if (--block.refs > 0)
            return;
        if (block.spill)
            this.keepSpill(block);
        else if (block !== this.active)
            this.retire(block);
    }
    /**
     * Room for an object of `size` bytes that does not fit in one run of a block, held (released like a
     * block). A 3 MB file edited in 800 commits had a fresh buffer per version: external memory that had
     * V8 run 94 full collections in a 3.4 s scan.
     */
    spill(size) {
        const at = this.spills.findIndex((b) => b.bytes.length >= size);
        const block = at >= 0 ? this.spills.splice(at, 1)[0] : this.newSpill(size);
        block.refs = 1;
        return block.bytes.subarray(0, size);
    }
    newSpill(size) {
        let n = SPILL_MIN;
        while (n < size)
            n *= 2;
        const block = { bytes: Buffer.allocUnsafeSlow(n), refs: 0, spill: true };
        this.byBuffer.set(block.bytes.buffer, block);
        return block;
    }
    /** A spill buffer free again: kept for the next big object, up to SPILL_KEPT bytes of them. */
    keepSpill(block) {
        this.spills.push(block);
        this.spills.sort((a, b) => a.bytes.length - b.bytes.length);
        let kept = this.spills.reduce((n, b) => n + b.bytes.length, 0);
        while (kept > SPILL_KEPT) {
            const dropped = this.spills.shift();
            this.byBuffer.delete(dropped.bytes.buffer);
            kept -= dropped.bytes.length;
        }
    }
    /** The consumer is behind (or caught up again). */
    setPaused(paused) {
        if (this.consumerPaused === paused)
            return;
        this.consumerPaused = paused;
        this.wake();
    }
    on(event, listener) {
        this.socket.on(event, listener);
    }
    destroy() {
        this.socket.destroy();
    }
    paused() {
        this.starved = this.inUse - this.lentOut >= MAX_BLOCKS && this.free.length === 0;
        return this.consumerPaused || this.starved;
    }
    wake() {
        if (this.paused())
            this.socket.pause();
        else
            this.socket.resume();
    }
    /** Room for the next read: the rest of the active block, or the next block. */
    nextBuffer() {
        const active = this.active;
        if (active && active.bytes.length - this.used >= MIN_READ)
            return active.bytes.subarray(this.used);
        this.active = this.free.pop() ?? this.allocate();
        this.mostInUse = Math.max(this.mostInUse, ++this.inUse);
        this.used = 0;
        if (active && active.refs === 0)
            this.retire(active);
        return this.active.bytes;
    }
    allocate() {
        const block = { bytes: Buffer.allocUnsafeSlow(BLOCK), refs: 0 };
        this.byBuffer.set(block.bytes.buffer, block);
        return block;
    }
    retire(block) {
        this.inUse--;
        // A block back from a loan is kept, up to MAX_BLOCKS free, while the blocks held and free stay
        // within the most ever in use at once (memory the scan has touched already), so that the next block
        // lent is replaced from them. Letting go of any past MAX_BLOCKS of the stream's own (in use or
        // free), the rails-shaped history allocated 26 blocks, against 19 this way; on a virtual machine
        // each fresh block costs a thousand page faults (about 13 ms here).
        if (this.free.length >= MAX_BLOCKS || this.inUse + this.free.length >= this.mostInUse)
            this.byBuffer.delete(block.bytes.buffer);
        else
            this.free.push(block);
        if (this.starved)
            this.wake();
    }
}
exports.BlockStream = BlockStream;
