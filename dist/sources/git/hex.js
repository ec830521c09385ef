"use strict";
/** Object ids read from git's output where they lie, byte by byte: a string and a regex per id cost more. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.objectIdEnd = objectIdEnd;
const HEX = new Uint8Array(256);
for (const ch of '0123456789abcdef')
    HEX[ch.charCodeAt(0)] = 1;
/** The end of the object id (40 to 64 lower-case hex digits) starting at buf[from], before `end`; -1 when there is none there. */
function objectIdEnd(buf, from, end) {
    let i = from;
    while (i < end && i - from < 65 && HEX[buf[i]] === 1)
        i++;
    return i - from >= 40 && i - from <= 64 ? i : -1;
}
