"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Utf16Decoder = void 0;
exports.utf16Place = utf16Place;
const isHighSurrogate = (unit) => unit >= 0xd800 && unit <= 0xdbff;
/** Decodes consecutive blocks of one UTF-16 stream, dropping its byte order mark. */
class Utf16Decoder {
    kind;
    /** Bytes held back for the next block: an odd trailing byte, or a high surrogate whose pair may follow. */
    carry;
    started = false;
    constructor(kind) {
        this.kind = kind;
    }
    push(block) {
        let bytes = this.carry ? Buffer.concat([this.carry, block]) : block;
        this.carry = undefined;
        if (!this.started) {
            if (bytes.length < 2)
                return this.hold(bytes, 0);
            this.started = true;
            const le = this.kind === 'utf16le';
            if (bytes[0] === (le ? 0xff : 0xfe) && bytes[1] === (le ? 0xfe : 0xff))
                bytes = bytes.subarray(2);
        }
        let cut = bytes.length & ~1;
        if (cut >= 2 && isHighSurrogate(this.unitAt(bytes, cut - 2)))
            cut -= 2;
        return this.hold(bytes, cut);
    }
    /** What is left: a surrogate without its pair becomes U+FFFD (one code unit, as in the file); an odd byte is dropped. */
    end() {
        const rest = this.carry;
        this.carry = undefined;
        return rest ? this.decode(rest.subarray(0, rest.length & ~1)) : Buffer.alloc(0);
    }
    hold(bytes, cut) {
        if (cut < bytes.length)
            this.carry = Buffer.from(bytes.subarray(cut));
        return this.decode(bytes.subarray(0, cut));
    }
    unitAt(bytes, i) {
        return this.kind === 'utf16le' ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
    }
    decode(bytes) {
        if (bytes.length === 0)
            return Buffer.alloc(0);
        // swap16 works in place, and the raw block is still read for its strings: swap a copy.
        const le = this.kind === 'utf16le' ? bytes : Buffer.from(bytes).swap16();
        return Buffer.from(le.toString('utf16le'), 'utf8');
    }
}
exports.Utf16Decoder = Utf16Decoder;
/** Marks findings read from decoded UTF-16 text. */
function utf16Place(kind) {
    const note = `the file is ${kind === 'utf16le' ? 'UTF-16LE' : 'UTF-16BE'} text: found in its decoded text (line and column of the decoded text)`;
    return (findings) => {
        for (const f of findings)
            f.notes = [...(f.notes ?? []), note];
    };
}
