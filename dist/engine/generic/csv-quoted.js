"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.doubledQuotePairs = doubledQuotePairs;
/**
 * JSON inside a CSV cell, its quotes doubled as CSV escapes them (`"{""password"":[""v""]}"`, a phishing
 * platform's event export): the pairs of the cell read as the JSON they are.
 */
const extract_1 = require("./extract");
/** The pairs of `line` read with each doubled quote as one; offsets are `line`'s own. */
function doubledQuotePairs(line) {
    if (line.indexOf('""') < 0)
        return [];
    const plain = Buffer.alloc(line.length);
    // origin[i]: where the plain line's byte i stands in `line`.
    const origin = new Int32Array(line.length + 1);
    let n = 0;
    for (let i = 0; i < line.length; i++) {
        origin[n] = i;
        plain[n++] = line[i];
        if (line[i] === 34 && line[i + 1] === 34)
            i++;
    }
    origin[n] = line.length;
    const pairs = (0, extract_1.pairsOn)(plain.subarray(0, n));
    for (const p of pairs) {
        p.start = origin[p.start];
        p.end = origin[p.end - 1] + 1;
    }
    return pairs;
}
