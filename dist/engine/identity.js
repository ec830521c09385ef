"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IdentityCache = exports.STRONG_BITS = void 0;
exports.strengthBits = strengthBits;
exports.identityScheme = identityScheme;
exports.secretIdentity = secretIdentity;
exports.assignIdentities = assignIdentities;
exports.legacySha256 = legacySha256;
exports.legacyFingerprint = legacyFingerprint;
/**
 * Secret identities: what baselines, ignore files, inventory, revoke, verification caches and
 * fingerprints use in place of the secret. A plain SHA-256 of a human password falls to a dictionary
 * in milliseconds, so the identity depends on what the secret is and on whether a key is configured:
 *
 * - with a trusted key (TOKENGUARD_HASH_KEY or the user config directory): HMAC-SHA256 with it, for
 *   every secret; without the key nobody can test a guess;
 * - without one, a secret of estimated strength >= 128 bits (length × Shannon entropy per character)
 *   gets SHA-256 with a domain tag: guessing it is as hard as guessing the token;
 * - weaker secrets (human passwords, short keys) get scrypt with a fixed domain salt, about 5-10 ms
 *   each: every guess costs the same, which slows a dictionary down ~10^5-fold but cannot stop it.
 *
 * The result depends on the secret (and key) alone, so every machine with the same key agrees. Each
 * distinct secret is hashed once per run, in parallel on libuv's thread pool.
 */
// node:crypto loads on the first identity: a clean pre-commit run computes none and never pays for it.
const crypto = () => require('node:crypto');
const fingerprint_1 = require("./fingerprint");
const DOMAIN = 'tokenguard/secret-id/v2';
/** Estimated strength at or above which a plain (tagged) hash is safe to publish. */
exports.STRONG_BITS = 128;
/** scrypt cost: N = 2^11, r = 8 (2 MiB, ~5-10 ms on current CPUs). Fixed: changing it changes every identity. */
const SCRYPT = { N: 2048, r: 8, p: 1, maxmem: 16 * 1024 * 1024 };
/** Length × Shannon entropy per character of the secret's own character distribution, in bits. */
function strengthBits(secret) {
    const chars = [...secret];
    const counts = new Map();
    for (const c of chars)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let h = 0;
    for (const n of counts.values()) {
        const p = n / chars.length;
        h -= p * Math.log2(p);
    }
    return chars.length * h;
}
/** The scheme a key (or none) gives. */
function identityScheme(key) {
    if (!key)
        return { scheme: 'public-v2' };
    return { scheme: 'keyed-v2', keyId: crypto().createHmac('sha256', key).update(`${DOMAIN}/key-id`).digest('hex').slice(0, 12) };
}
/** The identity of one secret (64 hex characters). */
function secretIdentity(secret, key) {
    if (key)
        return Promise.resolve(crypto().createHmac('sha256', key).update(`${DOMAIN}\0${secret}`, 'utf8').digest('hex'));
    if (strengthBits(secret) >= exports.STRONG_BITS)
        return Promise.resolve(crypto().createHash('sha256').update(`${DOMAIN}\0${secret}`, 'utf8').digest('hex'));
    return new Promise((resolve, reject) => {
        crypto().scrypt(Buffer.from(secret, 'utf8'), `${DOMAIN}/scrypt`, 32, SCRYPT, (err, out) => (err ? reject(err) : resolve(out.toString('hex'))));
    });
}
/** Identities of a run, each distinct secret computed once. */
class IdentityCache {
    key;
    known = new Map();
    constructor(key) {
        this.key = key;
    }
    get(secret) {
        let id = this.known.get(secret);
        if (!id) {
            id = secretIdentity(secret, this.key);
            this.known.set(secret, id);
        }
        return id;
    }
}
exports.IdentityCache = IdentityCache;
/** Sets each finding's secretId and fingerprint (rule, path, identity); all distinct secrets hash in parallel. */
async function assignIdentities(findings, cache) {
    const ids = await Promise.all(findings.map((f) => cache.get(f.identityText ?? f.secret)));
    findings.forEach((f, i) => {
        f.secretId = ids[i];
        f.fingerprint = (0, fingerprint_1.fingerprint)(f.ruleId, f.path, ids[i]);
    });
}
/** The pre-v2 identity (plain SHA-256), computed in memory only to read old baselines and ignore files. */
function legacySha256(secret) {
    return crypto().createHash('sha256').update(secret, 'utf8').digest('hex');
}
/** The pre-v2 fingerprint of a finding, to recognise an old ignore-file entry. */
function legacyFingerprint(f) {
    return (0, fingerprint_1.fingerprint)(f.ruleId, f.path, legacySha256(f.identityText ?? f.secret));
}
