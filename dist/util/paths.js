"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.displayPath = displayPath;
/** Decodes a raw path for display, escaping bytes that are not valid UTF-8. */
function displayPath(raw) {
    const text = raw.toString('utf8');
    if (!text.includes('\uFFFD') || Buffer.from(text, 'utf8').equals(raw))
        return text;
    let out = '';
    let i = 0;
    while (i < raw.length) {
        const len = utf8SequenceLength(raw, i);
        if (len > 0) {
            out += raw.toString('utf8', i, i + len);
            i += len;
        }
        else {
            out += `\\x${raw[i].toString(16).padStart(2, '0')}`;
            i++;
        }
    }
    return out;
}
/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none. */
function utf8SequenceLength(b, i) {
    const c = b[i];
    const need = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (need === 0 || i + need > b.length)
        return 0;
    for (let k = 1; k < need; k++)
        if ((b[i + k] & 0xc0) !== 0x80)
            return 0;
    const text = b.toString('utf8', i, i + need);
    return text.includes('\uFFFD') ? 0 : need;
}
