"use strict";
/**
 * Offline checksums some providers build into their tokens. A valid checksum all but rules out a
 * coincidental match; it says nothing about whether the token is still live.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.checksumValid = checksumValid;
exports.applyChecksum = applyChecksum;
// zlib loads only when a checksum rule fires.
const crc32 = (s) => require('node:zlib').crc32(s);
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
function base62(n, width) {
    let s = '';
    do {
        s = BASE62[n % 62] + s;
        n = Math.floor(n / 62);
    } while (n > 0);
    return s.padStart(width, '0');
}
/** GitHub's and npm's format: 30 base62 characters of entropy, then their CRC32 in 6 base62 characters. */
const crc32Base62 = {
    valid(secret) {
        if (secret.length < 36)
            return false;
        const body = secret.slice(-36, -6);
        return base62(crc32(body), 6) === secret.slice(-6);
    },
    apply(secret) {
        if (secret.length < 36)
            return secret;
        const body = secret.slice(-36, -6);
        return secret.slice(0, -6) + base62(crc32(body), 6);
    },
};
const CHECKSUMS = {
    'crc32-base62': crc32Base62,
};
/** Whether `secret` carries a correct checksum of the given kind. */
function checksumValid(kind, secret) {
    const scheme = CHECKSUMS[kind];
    if (!scheme)
        throw new Error(`unknown checksum kind "${kind}"`);
    return scheme.valid(secret);
}
/** Rewrites the checksum part of a (fake) secret so it validates. */
function applyChecksum(kind, secret) {
    const scheme = CHECKSUMS[kind];
    if (!scheme)
        throw new Error(`unknown checksum kind "${kind}"`);
    return scheme.apply(secret);
}
