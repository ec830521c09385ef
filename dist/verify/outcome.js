"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.statusMatches = statusMatches;
exports.jsonMatches = jsonMatches;
exports.captureValue = captureValue;
exports.judge = judge;
const json_path_1 = require("./json-path");
/** True when `status` fits a spec: a number, a list, or a class like "2xx". */
function statusMatches(spec, status) {
    if (spec === undefined)
        return true;
    if (typeof spec === 'number')
        return spec === status;
    if (Array.isArray(spec))
        return spec.includes(status);
    return /^[1-5]xx$/.test(spec) && Math.floor(status / 100) === Number(spec[0]);
}
function parseJson(body) {
    try {
        return JSON.parse(body);
    }
    catch {
        return undefined;
    }
}
function isHtml(res) {
    return /text\/html/i.test(res.headers['content-type'] ?? '') || /^\s*<(!doctype|html|head|body)/i.test(res.body);
}
/** True when every dot path in `want` has its value (or, for `{ exists }`, its presence) in `json`. */
function jsonMatches(want, json) {
    for (const [path, value] of Object.entries(want ?? {})) {
        const got = (0, json_path_1.jsonPath)(json, path);
        if (value && typeof value === 'object' && 'exists' in value) {
            if ((got !== undefined) !== value.exists)
                return false;
        }
        else if (got !== value)
            return false;
    }
    return true;
}
/**
 * An "active" answer is a 2xx that is not an HTML page, or a 4xx the spec pins down by its body or
 * headers (a valid token without the scope for that endpoint); a bare 4xx status is never enough.
 */
function mayBeActive(o, res) {
    if (isHtml(res))
        return false;
    if (res.status >= 200 && res.status < 300)
        return true;
    const pinned = o.when.json !== undefined || o.when.bodyContains !== undefined || o.when.header !== undefined;
    return res.status >= 400 && res.status < 500 && pinned;
}
function matches(o, res, json) {
    const w = o.when;
    if (!statusMatches(w.status, res.status))
        return false;
    if (w.bodyContains !== undefined && !res.body.includes(w.bodyContains))
        return false;
    if (!jsonMatches(w.json, json))
        return false;
    for (const [name, want] of Object.entries(w.header ?? {})) {
        const got = res.headers[name.toLowerCase()];
        if (want === true ? got === undefined : want === false ? got !== undefined : got !== want)
            return false;
    }
    return true;
}
/** Reads one captured value (a string) out of a response. */
function captureValue(c, res, json, render = (t) => t) {
    let scope = json;
    if (c.where) {
        const want = Object.entries(c.where).map(([path, t]) => [path, render(t)]);
        scope = Array.isArray(json) ? json.find((el) => want.every(([path, v]) => (0, json_path_1.jsonPath)(el, path) === v)) : undefined;
        if (scope === undefined)
            return undefined;
    }
    const raw = c.json !== undefined ? (0, json_path_1.jsonPath)(scope, c.json) : res.headers[c.header.toLowerCase()];
    if (raw === undefined || raw === null)
        return undefined;
    if (Array.isArray(raw))
        return raw.map(String).join(c.split ?? ',');
    return typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
}
/** The outcome of a response. 429, 5xx, redirects, HTML pages and cut-off bodies are never "active". */
function judge(outcomes, res, checkedAt) {
    if (res.truncated)
        return { status: 'unknown', checkedAt, reason: 'response too large; cut off' };
    if (res.status === 429)
        return { status: 'unknown', checkedAt, reason: 'rate-limited by the provider (429)' };
    if (res.status >= 500)
        return { status: 'unknown', checkedAt, reason: `provider error (${res.status})` };
    if (res.status >= 300 && res.status < 400)
        return { status: 'unknown', checkedAt, reason: `redirect (${res.status}) not followed` };
    const json = parseJson(res.body);
    const hit = outcomes.find((o) => matches(o, res, json));
    if (!hit)
        return { status: 'unknown', checkedAt, reason: `unexpected response (${res.status})` };
    if (hit.result === 'active' && !mayBeActive(hit, res))
        return { status: 'unknown', checkedAt, reason: `unexpected response (${res.status})` };
    const out = { status: hit.result, checkedAt, reason: `HTTP ${res.status}` };
    if (hit.capture?.identity)
        out.identity = captureValue(hit.capture.identity, res, json);
    if (hit.capture?.scopes) {
        const s = captureValue(hit.capture.scopes, res, json);
        if (s !== undefined)
            out.scopes = s
                .split(hit.capture.scopes.split ?? ',')
                .map((x) => x.trim())
                .filter(Boolean);
    }
    if (hit.capture?.expiresAt)
        out.expiresAt = captureValue(hit.capture.expiresAt, res, json);
    return out;
}
