"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.jsonPath = jsonPath;
/** Reads `a.b.0.c` out of parsed JSON; undefined when any step is missing. */
function jsonPath(data, path) {
    let cur = data;
    for (const step of path.split('.')) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = Array.isArray(cur) ? cur[Number(step)] : cur[step];
    }
    return cur;
}
