"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LineCache = void 0;
exports.compareVersion = compareVersion;
const changed_regions_1 = require("./changed-regions");
const line_index_1 = require("./line-index");
const version_pages_1 = require("./version-pages");
/** Larger text blobs are scanned whole and not remembered: their line offsets would not fit in 32 bits, and keys for them would crowd out hundreds of ordinary files. */
const MAX_INDEXED = 64 * 1024 * 1024;
/**
 * A text version compared with the one before it (when that one is remembered): the byte ranges it
 * adds, undefined when it must be read whole, and what to remember it as (undefined: too big to).
 * Versions up to `keepBytes` (the cache's page: LineCache.keepBytes) are remembered as their bytes,
 * bigger ones as their line keys. Keys cost a hash of every line of every version: a 680 KB changelog
 * edited in 3,000 commits took 4.9 s as keys (gitleaks: 3.0 s) and 2.0 s as bytes.
 */
function compareVersion(content, before, keepBytes) {
    let index;
    let regions;
    if (Buffer.isBuffer(before))
        regions = (0, changed_regions_1.changedRegionsFrom)(before, content);
    else if (before && content.length <= MAX_INDEXED)
        regions = (0, changed_regions_1.changedRegions)(before, content, (index = (0, line_index_1.indexLines)(content)));
    if (content.length <= keepBytes)
        return { regions, lines: content };
    return { regions, lines: content.length <= MAX_INDEXED ? (index ?? (0, line_index_1.indexLines)(content)).keys : undefined };
}
/**
 * The share of the budget that versions already compared with may hold (besides those whose carry check
 * waits, see trimUsed). Kept while there was room, they filled the whole budget even on small histories,
 * and each page and read block they held is memory touched for the first time, a page fault per 4 KiB
 * (13 to 16 µs each on a virtual machine). At a twentieth, the rails shape took 7.84 s against 8.43 s
 * (three alternating rounds, 15,000 fewer faults) and the merge-heavy history 2.36 s against 2.53 s;
 * express-sized and big files the same; the same findings, line for line, on every history.
 */
const USED_SHARE = 1 / 20;
/** Bytes a remembered version holds: its copy, or its line keys. */
const sizeOf = (v) => v.copy?.bytes.length ?? v.keys?.byteLength ?? 0;
/**
 * Versions not yet compared with are kept before versions that were: in a linear history a version is
 * the parent of one next version, so once that one is read it is the first to go. It stays, within a
 * share of the budget (USED_SHARE), for a branch that changes the same file again.
 */
class LineCache {
    maxBytes;
    usedShare;
    waiting = new Map();
    used = new Map();
    /**
     * Versions compared with whose carry check still waits (trimUsed): out of `used`, so that trimming
     * does not step over them again on every call (it did, 3.9 million times on the express-sized history,
     * 4% of the main thread).
     */
    held = new Map();
    /** Bytes of the versions in `used` and `held`. */
    usedBytes = 0;
    /**
     * Where versions' bytes are copied: the caller's buffer stays the caller's (cat-file's reads are used
     * again), and the memory of dropped versions is reused rather than left to the garbage collector.
     */
    pages;
    /** Bytes of the line keys kept (bigger files); the copies' bytes are the pages'. */
    keyBytes = 0;
    /**
     * `pageSize` (default: 8 MiB, or a sixteenth of the budget if less) also bounds the versions kept as
     * bytes; `usedShare` is the share of the budget versions already compared with may hold.
     */
    constructor(maxBytes, pageSize = Math.min(8 * 1024 * 1024, Math.floor(maxBytes / 16)), usedShare = USED_SHARE) {
        this.maxBytes = maxBytes;
        this.usedShare = usedShare;
        this.pages = new version_pages_1.VersionPages(pageSize, maxBytes);
    }
    /** The largest version kept as its bytes (compareVersion); bigger ones are kept as line keys. */
    get keepBytes() {
        return this.pages.pageSize;
    }
    get(id) {
        const v = this.find(id);
        if (v && this.waiting.delete(id)) {
            this.used.set(id, v);
            this.usedBytes += sizeOf(v);
        }
        return v && { lines: v.copy?.bytes ?? v.keys, carry: v.carry };
    }
    /** A remembered version's bytes (undefined when it is kept as line keys, or not at all), leaving its place in the order as it is. */
    peek(id) {
        return this.find(id)?.copy?.bytes;
    }
    /** A version met again in the history (a revert, a file copied back) is a parent again: it waits anew. */
    touch(id) {
        const v = this.find(id);
        if (!v)
            return;
        this.waiting.delete(id);
        if (this.used.delete(id) || this.held.delete(id))
            this.usedBytes -= sizeOf(v);
        this.waiting.set(id, v);
    }
    /**
     * Remembers a version (its bytes copied, or kept where they lie when `lend` lends their block; at most
     * a page of them: keepBytes). One over an eighth of the budget is not kept.
     */
    set(id, version, lend) {
        const { lines } = version;
        if (lines.byteLength > this.maxBytes / 8 || this.find(id))
            return;
        if (Buffer.isBuffer(lines) && lines.length > this.pages.pageSize)
            return;
        const kept = Buffer.isBuffer(lines) ? { copy: this.pages.put(lines, lend), carry: version.carry } : { keys: lines, carry: version.carry };
        this.keyBytes += kept.keys?.byteLength ?? 0;
        this.waiting.set(id, kept);
        // Here, not in get(): the version just compared with is in use until its next version is set.
        if (this.usedBytes > this.maxBytes * this.usedShare)
            this.trimUsed();
        // Checked before the walk: starting one on every call cost about 95 ms of a rails-shaped history scan.
        if (this.pages.bytes + this.keyBytes <= this.maxBytes)
            return;
        for (const map of [this.used, this.held, this.waiting]) {
            for (const [old, v] of map) {
                if (this.pages.bytes + this.keyBytes <= this.maxBytes)
                    return;
                this.forget(map, old, v);
            }
        }
    }
    /**
     * Drops versions already compared with, oldest first, down to their share of the budget. One whose
     * carry check waits stays: the check reads its bytes when its predecessor's findings come in
     * (Carry.defer), and without them the blob is read again at the end.
     */
    trimUsed() {
        const most = this.maxBytes * this.usedShare;
        // Checks settle roughly in the order the versions were compared with: the first still waiting ends the look.
        for (const [old, v] of this.held) {
            if (this.usedBytes <= most || v.carry.waiting)
                break;
            this.forget(this.held, old, v);
        }
        for (const [old, v] of this.used) {
            if (this.usedBytes <= most)
                return;
            if (!v.carry.waiting)
                this.forget(this.used, old, v);
            else {
                this.used.delete(old);
                this.held.set(old, v);
            }
        }
    }
    find(id) {
        return this.waiting.get(id) ?? this.used.get(id) ?? this.held.get(id);
    }
    forget(map, id, v) {
        map.delete(id);
        if (map !== this.waiting)
            this.usedBytes -= sizeOf(v);
        if (v.copy)
            this.pages.drop(v.copy);
        this.keyBytes -= v.keys?.byteLength ?? 0;
    }
}
exports.LineCache = LineCache;
