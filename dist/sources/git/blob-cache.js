"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BlobCache = void 0;
/**
 * Recently read blob contents, bounded by bytes: the previous version of a file is usually read a few
 * commits before the next one, and with it at hand only the changed lines need scanning. Oldest out first.
 */
class BlobCache {
    maxBytes;
    entries = new Map();
    bytes = 0;
    constructor(maxBytes) {
        this.maxBytes = maxBytes;
    }
    get(id) {
        const b = this.entries.get(id);
        if (b) {
            // Touch: a version read again stays longer.
            this.entries.delete(id);
            this.entries.set(id, b);
        }
        return b;
    }
    set(id, content) {
        if (content.length > this.maxBytes / 8 || this.entries.has(id))
            return;
        this.entries.set(id, content);
        this.bytes += content.length;
        for (const [old, b] of this.entries) {
            if (this.bytes <= this.maxBytes)
                break;
            this.entries.delete(old);
            this.bytes -= b.length;
        }
    }
}
exports.BlobCache = BlobCache;
