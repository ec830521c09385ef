"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.classifyContent = classifyContent;
exports.classifyStart = classifyStart;
exports.contentFragment = contentFragment;
exports.viewsOf = viewsOf;
exports.contentFragments = contentFragments;
const chunk_1 = require("./chunk");
const guards_1 = require("./guards");
const strings_view_1 = require("./strings-view");
const utf16_1 = require("./utf16");
/** Bytes looked at to tell text from binary (git's window). */
const PROBE = 8000;
/** Bytes looked at for the zero-byte pattern of UTF-16 without a byte order mark. */
const UTF16_PROBE = 1024;
/**
 * Share of control bytes a text file may hold in the probe and still be read as text (one at least):
 * a stray NUL in a log or a config keeps its real lines and columns. Real binaries (compressed data,
 * executables, databases) have far more: about one byte in nine of random data is one.
 */
const CONTROL_SHARE = 1 / 256;
/** Bytes that do not occur in text: C0 controls other than \t \n \v \f \r and ESC, and DEL. */
const CONTROL = new Uint8Array(256);
for (let b = 0; b < 0x20; b++)
    CONTROL[b] = 1;
for (const b of [9, 10, 11, 12, 13, 0x1b])
    CONTROL[b] = 0;
CONTROL[0x7f] = 1;
/** Classifies a whole file or blob: a real LFS pointer, or how its bytes are read. */
function classifyContent(bytes) {
    return (0, guards_1.isLfsPointer)(bytes) ? 'lfs-pointer' : classifyStart(bytes);
}
/**
 * How bytes starting a file are read. A UTF-16 byte order mark decides on its own; without one, NULs
 * in the probe decide between UTF-16 (zeros at every other position), text with a few stray control
 * bytes, and binary.
 */
function classifyStart(bytes) {
    const bom = bomOf(bytes);
    if (bom)
        return bom;
    const probe = bytes.subarray(0, PROBE);
    if (probe.indexOf(0) < 0)
        return 'text';
    return utf16ByZeros(bytes) ?? (controls(probe) <= Math.max(1, probe.length * CONTROL_SHARE) ? 'text' : 'binary');
}
function bomOf(bytes) {
    // FF FE 00 00 is UTF-32LE's mark, not UTF-16's: left to the other checks.
    if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0))
        return 'utf16le';
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return 'utf16be';
    return undefined;
}
/**
 * UTF-16 without a mark: text in any script that uses Latin letters, digits, spaces or line breaks
 * has a zero high byte in most code units and a zero low byte in almost none.
 */
function utf16ByZeros(bytes) {
    const n = Math.min(bytes.length, UTF16_PROBE) & ~1;
    if (n < 4)
        return undefined;
    let even = 0;
    let odd = 0;
    for (let i = 0; i < n; i += 2) {
        if (bytes[i] === 0)
            even++;
        if (bytes[i + 1] === 0)
            odd++;
    }
    const units = n / 2;
    if (odd * 2 >= units && even * 16 <= units)
        return 'utf16le';
    if (even * 2 >= units && odd * 16 <= units)
        return 'utf16be';
    return undefined;
}
function controls(probe) {
    let n = 0;
    for (let i = 0; i < probe.length; i++)
        n += CONTROL[probe[i]];
    return n;
}
/**
 * A whole file or blob already in memory, classified: undefined (and listed as skipped) for an LFS
 * pointer, otherwise counted as scanned and returned as one fragment, tagged when it is not text.
 */
function contentFragment(bytes, path, origin, sink, size = bytes.length) {
    const kind = classifyContent(bytes);
    if (kind === 'lfs-pointer') {
        sink.skip(path, 'lfs-pointer', size, origin.commit);
        return undefined;
    }
    sink.scanned(size);
    const fragment = { bytes, path, startLine: 1, offset: 0, overlap: 0, origin };
    if (kind !== 'text')
        fragment.content = kind;
    return fragment;
}
/** The fragments the engine reads for a fragment a source yielded: itself when it is text. */
function viewsOf(fragment, sink) {
    return fragment.content ? contentFragments(fragment.content, [fragment.bytes], fragment.path, fragment.origin, sink) : [fragment];
}
/**
 * The fragments the engine reads for one file given as consecutive blocks: text as it is (cut into
 * line-aligned pieces), UTF-16 decoded to UTF-8, and for anything not text, also its printable
 * strings. The strings are read for UTF-16 too: a byte order mark or a zero pattern is the file's own
 * claim, and ASCII behind a false one would otherwise never be seen. `sink` hears of non-text files.
 */
function* contentFragments(kind, blocks, path, origin, sink) {
    if (kind === 'text') {
        const chunker = new chunk_1.Chunker(path, origin);
        for (const block of blocks)
            yield* chunker.push(block);
        yield* chunker.end();
        return;
    }
    const strings = new strings_view_1.StringsView(path, origin);
    const utf16 = kind === 'binary' ? undefined : { decoder: new utf16_1.Utf16Decoder(kind), chunker: new chunk_1.Chunker(path, origin), place: (0, utf16_1.utf16Place)(kind) };
    const decoded = (frags) => frags.map((f) => Object.assign(f, { place: utf16.place }));
    for (const block of blocks) {
        if (utf16)
            yield* decoded(utf16.chunker.push(utf16.decoder.push(block)));
        yield* strings.push(block);
    }
    if (utf16) {
        yield* decoded(utf16.chunker.push(utf16.decoder.end()));
        yield* decoded(utf16.chunker.end());
    }
    yield* strings.end();
    sink.decoded(path, kind === 'binary' ? 'strings' : kind === 'utf16le' ? 'utf-16le' : 'utf-16be', origin.commit);
}
