"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CHECKSUM_KINDS = void 0;
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
// Keyed by the schema's list of kinds (`checksum:`): a kind without a scheme here does not compile.
const CHECKSUMS = {
    'crc32-base62': crc32Base62,
};
/** The kinds with a scheme, for the test that they are the schema's. */
exports.CHECKSUM_KINDS = Object.keys(CHECKSUMS);
function schemeFor(kind) {
    if (!Object.hasOwn(CHECKSUMS, kind))
        throw new Error(`unknown checksum kind "${kind}"`);
    return CHECKSUMS[kind];
}
/** Whether `secret` carries a correct checksum of the given kind. */
function checksumValid(kind, secret) {
    return schemeFor(kind).valid(secret);
}
/** Rewrites the checksum part of a (fake) secret so it validates. */
function applyChecksum(kind, secret) {
    return schemeFor(kind).apply(secret);
}
