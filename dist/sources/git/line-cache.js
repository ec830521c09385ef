"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LineCache = void 0;
exports.compareVersion = compareVersion;
const changed_regions_1 = require("./changed-regions");
const line_index_1 = require("./line-index");
/** Versions up to this size are remembered as their bytes, bigger ones as their line keys. */
const KEEP_BYTES = 256 * 1024;
/** Larger text blobs are scanned whole and not remembered: their line offsets would not fit in 32 bits, and keys for them would crowd out hundreds of ordinary files. */
const MAX_INDEXED = 64 * 1024 * 1024;
/** Bytes of one of git's reads: a blob inside one is kept as a view of it (the read's memory is counted once for all its blobs). */
const READ_BYTES = 64 * 1024;
/**
 * The blob as kept: a view of the memory it sits in when that is one of git's reads or its own, else a
 * copy (a small blob must not keep a big buffer alive). Copying every blob cost more than diffing them.
 */
function kept(b) {
    if (b.buffer.byteLength <= Math.max(READ_BYTES, 2 * b.length))
        return b;
    // Not Buffer.from(b): it copies through the typed-array constructor, several times slower than memcpy.
    const copy = Buffer.allocUnsafeSlow(b.length);
    b.copy(copy);
    return copy;
}
/**
 * A text version compared with the one before it (when that one is remembered): the byte ranges it
 * adds, undefined when it must be read whole, and what to remember it as (undefined: too big to).
 */
function compareVersion(content, before) {
    let index;
    let regions;
    if (Buffer.isBuffer(before))
        regions = (0, changed_regions_1.changedRegionsFrom)(before, content);
    else if (before && content.length <= MAX_INDEXED)
        regions = (0, changed_regions_1.changedRegions)(before, content, (index = (0, line_index_1.indexLines)(content)));
    if (content.length <= KEEP_BYTES)
        return { regions, lines: kept(content) };
    return { regions, lines: content.length <= MAX_INDEXED ? (index ?? (0, line_index_1.indexLines)(content)).keys : undefined };
}
/**
 * Versions not yet compared with are kept before versions that were: in a linear history a version is
 * the parent of one next version, so once that one is read it is the first to go. It stays while there
 * is room, for a branch that changes the same file again.
 */
class LineCache {
    maxBytes;
    waiting = new Map();
    used = new Map();
    /** Versions kept per block of memory: a block counts once, however many versions are views of it. */
    holders = new Map();
    bytes = 0;
    constructor(maxBytes) {
        this.maxBytes = maxBytes;
    }
    get(id) {
        const v = this.waiting.get(id) ?? this.used.get(id);
        if (v && this.waiting.delete(id))
            this.used.set(id, v);
        return v;
    }
    /** A version met again in the history (a revert, a file copied back) is a parent again: it waits anew. */
    touch(id) {
        const v = this.waiting.get(id) ?? this.used.get(id);
        if (!v)
            return;
        this.waiting.delete(id);
        this.used.delete(id);
        this.waiting.set(id, v);
    }
    set(id, version) {
        if (version.lines.buffer.byteLength > this.maxBytes / 8 || this.waiting.has(id) || this.used.has(id))
            return;
        this.waiting.set(id, version);
        this.hold(version.lines.buffer, 1);
        for (const map of [this.used, this.waiting]) {
            for (const [old, v] of map) {
                if (this.bytes <= this.maxBytes)
                    return;
                map.delete(old);
                this.hold(v.lines.buffer, -1);
            }
        }
    }
    hold(block, change) {
        const n = (this.holders.get(block) ?? 0) + change;
        if (n === 0)
            this.holders.delete(block);
        else
            this.holders.set(block, n);
        if (n === 0 || (n === 1 && change === 1))
            this.bytes += change * block.byteLength;
    }
}
exports.LineCache = LineCache;
