"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.verifyPairs = verifyPairs;
const aws_1 = require("./aws");
async function once(keyId, o) {
    const res = await o.attempt(keyId);
    if ('failure' in res)
        return { verdict: 'other', outcome: { status: 'unknown', checkedAt: o.now(), reason: res.failure } };
    return (0, aws_1.stsOutcome)(res, o.now());
}
/** Tries each key id in turn; the first active (or expired-token) answer decides. */
async function verifyPairs(keyIds, o) {
    const seen = [];
    let allDead = keyIds.length > 0;
    for (const keyId of keyIds) {
        let r = await once(keyId, o);
        if (r.verdict === 'mismatch') {
            await o.sleep(o.retryDelayMs);
            r = await once(keyId, o);
        }
        if (r.verdict === 'active' || r.verdict === 'expired')
            return r.outcome;
        if (r.verdict !== 'no-such-key')
            allDead = false;
        seen.push(r.outcome.reason ?? r.verdict);
    }
    const tried = keyIds.length === 1 ? 'the key id near it' : `each of the ${keyIds.length} key ids near it`;
    const summary = [...new Set(seen)].join(', ');
    if (allDead)
        return { status: 'inactive', checkedAt: o.now(), reason: `${summary} for ${tried}` };
    return { status: 'unknown', checkedAt: o.now(), reason: `no definitive answer for ${tried} (${summary})` };
}
