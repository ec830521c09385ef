"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findNeeds = findNeeds;
/** Most candidates kept per need: enough for a credentials file with a few profiles, bounded for hostile input. */
const MAX_NEED_CANDIDATES = 5;
/**
 * Values a verify or revoke spec needs, searched near the secret: the nearest match of each need, and
 * for a need with several distinct matches every one of them, nearest first (an AWS secret key next
 * to several access key ids may belong to any of them).
 */
function findNeeds(bytes, start, end, needs) {
    const out = { needs: {} };
    for (const n of needs) {
        const from = Math.max(0, start - n.within);
        const region = bytes.subarray(from, Math.min(bytes.length, end + n.within));
        n.re.lastIndex = 0;
        const found = new Map();
        for (let m = n.re.exec(region); m; m = n.re.exec(region)) {
            const span = m.indices[1];
            if (!span)
                continue;
            const value = region.toString('utf8', span[0], span[1]);
            const distance = Math.abs(from + span[0] - start);
            if (!found.has(value) || distance < found.get(value))
                found.set(value, distance);
        }
        const ranked = [...found].sort((a, b) => a[1] - b[1]).map(([v]) => v);
        if (ranked.length > 0)
            out.needs[n.name] = ranked[0];
        if (ranked.length > 1)
            (out.needCandidates ??= {})[n.name] = ranked.slice(0, MAX_NEED_CANDIDATES);
    }
    return out;
}
