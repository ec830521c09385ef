"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OPEN_FLAGS = void 0;
exports.readFileFragments = readFileFragments;
exports.readUpTo = readUpTo;
/**
 * Reads one file from disk without following symlinks or blocking on FIFOs. Reads are synchronous on
 * purpose: they run inside detection workers, where blocking costs nothing and saves the event-loop
 * overhead per file. Small files come back whole; large ones stream as line-aligned fragments.
 */
const node_fs_1 = require("node:fs");
const chunk_1 = require("./chunk");
const content_1 = require("./content");
/** Open flags for every file read: no symlinks followed, no blocking on a FIFO. */
exports.OPEN_FLAGS = node_fs_1.constants.O_RDONLY | node_fs_1.constants.O_NOFOLLOW | node_fs_1.constants.O_NONBLOCK;
const BLOCK = 1024 * 1024;
/** Reads `file` and yields the fragments the engine reads (sources/content.ts); skips and problems go to the sink. */
function* readFileFragments(file, display, origin, maxFileSize, sink, onMissing = 'problem') {
    let fd;
    try {
        fd = (0, node_fs_1.openSync)(file, exports.OPEN_FLAGS);
    }
    catch (err) {
        openFailed(err, display, sink, onMissing);
        return;
    }
    try {
        const st = (0, node_fs_1.fstatSync)(fd);
        if (!st.isFile())
            return sink.skip(display, 'not-a-regular-file');
        if (st.size > maxFileSize)
            return sink.skip(display, 'too-large', st.size);
        if (st.size <= chunk_1.CHUNK_SIZE) {
            const fragment = (0, content_1.contentFragment)(readUpTo(fd, st.size), display, origin, sink);
            if (fragment)
                yield* (0, content_1.viewsOf)(fragment, sink);
            return;
        }
        yield* streamLarge(fd, display, origin, maxFileSize, sink);
    }
    catch (err) {
        sink.problem(`read failed: ${err.code ?? err.message}`, display);
    }
    finally {
        (0, node_fs_1.closeSync)(fd);
    }
}
function openFailed(err, display, sink, onMissing) {
    switch (err.code) {
        case 'ELOOP':
        case 'EMLINK': // O_NOFOLLOW on a symlink
            sink.skip(display, 'symlink');
            return;
        case 'ENOENT':
            if (onMissing === 'problem')
                sink.problem('file disappeared before it could be read', display);
            return;
        case 'ENXIO': // a socket
        case 'EISDIR':
            sink.skip(display, 'not-a-regular-file');
            return;
        default:
            sink.problem(`cannot open: ${err.code ?? err.message}`, display);
    }
}
/** Reads up to `size` bytes; a file that shrank yields what is there, one that grew is cut at `size`. */
function readUpTo(fd, size) {
    const buf = Buffer.allocUnsafeSlow(size);
    let got = 0;
    while (got < size) {
        const n = (0, node_fs_1.readSync)(fd, buf, got, size - got, got);
        if (n === 0)
            break;
        got += n;
    }
    return got === size ? buf : buf.subarray(0, got);
}
/** A file too large to hold: read in blocks, classified by its first one, cut into fragments as it goes. */
function* streamLarge(fd, display, origin, maxFileSize, sink) {
    let total = 0;
    const next = () => {
        const buf = Buffer.allocUnsafeSlow(BLOCK);
        const n = (0, node_fs_1.readSync)(fd, buf, 0, BLOCK, null);
        total += n;
        if (total > maxFileSize)
            throw new Error('grew past the size limit while being read');
        return n === 0 ? undefined : buf.subarray(0, n);
    };
    const first = next();
    function* blocks() {
        for (let b = first; b; b = next())
            yield b;
    }
    if (first)
        yield* (0, content_1.contentFragments)((0, content_1.classifyStart)(first), blocks(), display, origin, sink);
    sink.scanned(total);
}
