"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LineCache = void 0;
class LineCache {
    maxBytes;
    entries = new Map();
    bytes = 0;
    constructor(maxBytes) {
        this.maxBytes = maxBytes;
    }
    get(id) {
        const v = this.entries.get(id);
        if (v) {
            // Touch: a version read again stays longer.
            this.entries.delete(id);
            this.entries.set(id, v);
        }
        return v;
    }
    set(id, version) {
        if (version.keys.byteLength > this.maxBytes / 8 || this.entries.has(id))
            return;
        this.entries.set(id, version);
        this.bytes += version.keys.byteLength;
        for (const [old, v] of this.entries) {
            if (this.bytes <= this.maxBytes)
                break;
            this.entries.delete(old);
            this.bytes -= v.keys.byteLength;
        }
    }
}
exports.LineCache = LineCache;
