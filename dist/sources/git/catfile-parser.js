"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CatFileParser = void 0;
/**
 * Reads the output of `git cat-file --batch` (or `--batch-check`) from its bytes, chunk by chunk:
 * headers, then content and a newline.
 */
const errors_1 = require("../../errors");
const hex_1 = require("./hex");
/**
 * The header `ID blob SIZE` in buf[0, nl), read from its bytes; undefined for anything else (other
 * types, missing objects, odd sizes, bad lines), which the header line's text then settles. A string,
 * a split and a regex per blob cost 4 µs each, 0.2 s of the rails-shaped history's main thread.
 */
function blobHeader(buf, nl) {
    const idEnd = (0, hex_1.objectIdEnd)(buf, 0, nl);
    // " blob " after the id, then 1 to 15 digits (a safe integer).
    if (idEnd < 0 || nl - idEnd < 7 || nl - idEnd > 21 || buf[idEnd] !== 32 || buf[idEnd + 5] !== 32)
        return undefined;
    if (buf[idEnd + 1] !== 0x62 || buf[idEnd + 2] !== 0x6c || buf[idEnd + 3] !== 0x6f || buf[idEnd + 4] !== 0x62)
        return undefined;
    let size = 0;
    for (let i = idEnd + 6; i < nl; i++) {
        const d = buf[i] - 48;
        if (!(d >= 0 && d <= 9))
            return undefined;
        size = size * 10 + d;
    }
    return { id: buf.toString('latin1', 0, idEnd), type: 'blob', size };
}
/** Parses cat-file output incrementally: headers, then (batch mode) content and a newline. */
class CatFileParser {
    withContent;
    maxSize;
    emit;
    hold;
    spill;
    pending = [];
    pendingBytes = 0;
    current;
    /**
     * `hold(bytes, 1)` is called when an object's content starts as a view of a chunk, and `hold(bytes,
     * -1)` if it is copied out later: memory that is used again (block-stream.ts) must not be while an
     * object is half read in it. A finished view is handed on still held. `spill(size)` gives the memory
     * an object spread over separate chunks is gathered into (without it, or when it gives none: a buffer of its own).
     */
    constructor(withContent, maxSize, emit, hold, spill) {
        this.withContent = withContent;
        this.maxSize = maxSize;
        this.emit = emit;
        this.hold = hold;
        this.spill = spill;
    }
    push(chunk) {
        let buf = chunk;
        while (buf.length > 0) {
            if (this.current) {
                buf = this.feedContent(buf);
                continue;
            }
            const nl = buf.indexOf(10);
            const quick = this.pending.length === 0 && nl >= 0 ? blobHeader(buf, nl) : undefined;
            if (quick) {
                buf = buf.subarray(nl + 1);
                this.begin(quick);
                continue;
            }
            if (nl < 0) {
                // Copied: the chunk may lie in a block that is used again (block-stream.ts).
                this.pending.push(Buffer.from(buf));
                this.pendingBytes += buf.length;
                if (this.pendingBytes > 4096)
                    throw new errors_1.GitError('git cat-file: header line too long; output is corrupt');
                return;
            }
            const header = Buffer.concat([...this.pending, buf.subarray(0, nl)]).toString('latin1');
            this.pending = [];
            this.pendingBytes = 0;
            buf = buf.subarray(nl + 1);
            this.header(header);
        }
    }
    /** Throws unless the stream ended on an object boundary. */
    end() {
        if (this.current || this.pendingBytes > 0)
            throw new errors_1.GitError('git cat-file output ended in the middle of an object (truncated stream)');
    }
    header(line) {
        const parts = line.split(' ');
        if (parts.length === 2 && (parts[1] === 'missing' || parts[1] === 'ambiguous')) {
            this.emit({ id: parts[0], type: 'missing', size: 0 });
            return;
        }
        const size = Number(parts[2]);
        if (parts.length !== 3 || !/^[0-9a-f]{40,64}$/.test(parts[0]) || !Number.isSafeInteger(size) || size < 0) {
            throw new errors_1.GitError(`git cat-file: unexpected output line: ${JSON.stringify(line.slice(0, 80))}`);
        }
        this.begin({ id: parts[0], type: parts[1], size });
    }
    /** An object whose header was read: given on at once (sizes only), or its content read next. */
    begin(obj) {
        const { size } = obj;
        if (!this.withContent) {
            this.emit(obj);
            return;
        }
        if (size > this.maxSize)
            obj.oversize = true;
        this.current = { obj, remaining: size, filled: 0 };
    }
    /**
     * Adds `take` bytes from the start of `buf` to the object's content. Content in one run of memory (one
     * chunk of git's output, or consecutive reads into one block, block-stream.ts) is a view of it: no
     * copy, as a chunk is never reused while the object is held. Content spread over separate chunks is
     * gathered into a buffer of its own.
     */
    gather(cur, buf, take) {
        const view = cur.view;
        if (cur.filled === 0) {
            cur.view = buf.subarray(0, take);
            this.hold?.(cur.view, 1);
        }
        else if (view && view.buffer === buf.buffer && view.byteOffset + view.length === buf.byteOffset)
            cur.view = Buffer.from(buf.buffer, view.byteOffset, view.length + take);
        else {
            if (view) {
                cur.content = this.spill?.(cur.obj.size) ?? Buffer.allocUnsafeSlow(cur.obj.size);
                view.copy(cur.content);
                cur.view = undefined;
                this.hold?.(view, -1);
            }
            buf.copy(cur.content, cur.filled, 0, take);
        }
    }
    /** Consumes content bytes, then the newline after them, and returns what is left of `buf`. */
    feedContent(buf) {
        const cur = this.current;
        if (cur.remaining > 0) {
            const take = Math.min(cur.remaining, buf.length);
            if (!cur.obj.oversize)
                this.gather(cur, buf, take);
            cur.filled += take;
            cur.remaining -= take;
            return buf.subarray(take);
        }
        if (buf[0] !== 10)
            throw new errors_1.GitError(`git cat-file: object ${cur.obj.id} is not followed by a newline (corrupt output)`);
        cur.obj.content = cur.obj.oversize ? undefined : (cur.view ?? cur.content ?? Buffer.alloc(0));
        this.current = undefined;
        this.emit(cur.obj);
        return buf.subarray(1);
    }
}
exports.CatFileParser = CatFileParser;
