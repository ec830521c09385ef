"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.maskSecretIn = maskSecretIn;
exports.maskCaptures = maskCaptures;
/** Shortest run of the secret's characters that counts as a copy of it. */
const MIN_RUN = 8;
/** `value` with every run of >= 8 characters that also occurs in `secret` (or the whole secret) starred. */
function maskSecretIn(value, secret) {
    if (!secret || !value)
        return value;
    const hide = new Array(value.length).fill(false);
    const run = Math.min(MIN_RUN, secret.length);
    for (let i = 0; i + run <= value.length; i++) {
        if (secret.includes(value.slice(i, i + run)))
            hide.fill(true, i, i + run);
    }
    return hide.some(Boolean)
        ? value
            .split('')
            .map((c, i) => (hide[i] ? '*' : c))
            .join('')
        : value;
}
/** The outcome with its captures masked against `secret` (the reason never holds response data). */
function maskCaptures(outcome, secret) {
    const out = { ...outcome };
    if (out.identity !== undefined)
        out.identity = maskSecretIn(out.identity, secret);
    if (out.scopes)
        out.scopes = out.scopes.map((s) => maskSecretIn(s, secret));
    if (out.expiresAt !== undefined)
        out.expiresAt = maskSecretIn(out.expiresAt, secret);
    return out;
}
