"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.byName = byName;
exports.hasSecretHalf = hasSecretHalf;
/**
 * The public half of a key and secret pair. Many APIs issue a key that names the credential and a secret
 * that signs or authenticates with it (`KRAKEN_API_KEY` and `KRAKEN_API_SECRET`, LiveKit's, Confluent's,
 * Fivetran's, Revel's `ApiKey` and `ApiSecret`): the key alone opens nothing, and reviewers call it an
 * identifier. Seen beside its secret, it is reported at `info`, below the default severity.
 */
const keys_1 = require("./keys");
/** How far from the key its secret half may be, in bytes: the same block of a config or a few lines of code. */
const REACH = 512;
/** The words that end a key naming the public half. */
const KEY_WORDS = new Set(['key', 'apikey', 'appkey']);
/** Words that make a key the secret half already (`SECRET_KEY`, `PRIVATE_KEY`) or a credential of its own. */
const OWN_SECRET = new Set(['secret', 'private', 'signing', 'master', 'hmac', 'webhook', 'encryption', 'session', 'admin', 'access']);
/** The names, as words joined by spaces, that the secret half of `words` may take. */
function secretNames(words) {
    const stem = words.slice(0, -1);
    const last = words[words.length - 1];
    const out = [
        [...stem, 'secret'],
        [...stem, 'secret', 'key'],
        [...stem, 'private', 'key'],
    ];
    if (last === 'apikey')
        out.push([...stem, 'apisecret'], [...stem, 'api', 'secret']);
    if (last === 'appkey')
        out.push([...stem, 'appsecret'], [...stem, 'app', 'secret']);
    return out.map((w) => w.join(' '));
}
/** Indexes `pairs` by name, for hasSecretHalf. */
function byName(pairs) {
    const out = new Map();
    for (const p of pairs) {
        const name = (0, keys_1.keyWordsOf)(p.key).join(' ');
        const list = out.get(name);
        if (list)
            list.push(p);
        else
            out.set(name, [p]);
    }
    return out;
}
/**
 * Whether the pair `at` names a key whose secret half is among `pairs` (the pairs of lines, not of a
 * table's rows, whose cells are one record's, each a credential of its own): within REACH, on another
 * line, and longer than the key, as secrets that sign are (Confluent's 16-character key and 64-character
 * secret; DHL's secret is the shorter half).
 */
function hasSecretHalf(at, pairs) {
    const words = (0, keys_1.keyWordsOf)(at.key);
    if (words.length === 0 || !KEY_WORDS.has(words[words.length - 1]) || words.some((w) => OWN_SECRET.has(w)))
        return false;
    const distance = (a, b) => Math.abs(a.start - b.start);
    const sameName = pairs.get(words.join(' ')) ?? [];
    // The secret half is this key's, not a neighbouring block's: no other key of this name is nearer to it.
    const own = (p) => !sameName.some((q) => q !== at && distance(q, p) < distance(at, p));
    return secretNames(words).some((name) => (pairs.get(name) ?? []).some((p) => p.line !== at.line && distance(p, at) <= REACH && p.length > at.length && own(p)));
}
