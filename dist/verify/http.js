"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.HttpFailure = exports.DEFAULT_HTTP_POLICY = void 0;
exports.send = send;
/**
 * The one outbound HTTP client. HTTPS only, to the provider's own host; DNS answers that point at
 * loopback, private or link-local addresses are refused; redirects are never followed; connect and
 * request timeouts; the body is cut off past a size cap. Only an explicit --endpoint override may use
 * http or a loopback address. Errors name the host, never the URL (a token can sit in the path).
 */
const node_dns_1 = require("node:dns");
const node_http_1 = __importDefault(require("node:http"));
const node_https_1 = __importDefault(require("node:https"));
const node_net_1 = require("node:net");
const addresses_1 = require("./addresses");
exports.DEFAULT_HTTP_POLICY = {
    connectTimeoutMs: 2000,
    requestTimeoutMs: 10_000,
    maxBodyBytes: 1024 * 1024,
    allowLocal: false,
    userAgent: 'tokenguard',
};
/** A request that could not complete; the message names the host and the reason only. */
class HttpFailure extends Error {
    host;
    reason;
    constructor(host, reason) {
        super(`${host}: ${reason}`);
        this.host = host;
        this.reason = reason;
    }
}
exports.HttpFailure = HttpFailure;
/** DNS lookup that refuses addresses verification must never reach. */
function guardedLookup(host) {
    return (hostname, options, cb) => {
        (0, node_dns_1.lookup)(hostname, { all: true, family: options.family }, (err, addresses) => {
            if (err)
                return cb(err);
            const allowed = addresses.filter((a) => !(0, addresses_1.isPrivateAddress)(a.address));
            if (allowed.length === 0)
                return cb(new HttpFailure(host, 'refused: it resolves to a loopback, private or link-local address'));
            if (options.all)
                cb(null, allowed);
            else
                cb(null, allowed[0].address, allowed[0].family);
        });
    };
}
/** Sends one request under the policy. Never follows redirects. */
function send(req, policy) {
    const host = req.url.host;
    if (req.url.protocol !== 'https:' && !(req.url.protocol === 'http:' && policy.allowLocal)) {
        return Promise.reject(new HttpFailure(host, 'refused: only https is allowed'));
    }
    if (!policy.allowLocal && (0, node_net_1.isIP)(req.url.hostname.replace(/^\[|\]$/g, '')) && (0, addresses_1.isPrivateAddress)(req.url.hostname.replace(/^\[|\]$/g, ''))) {
        return Promise.reject(new HttpFailure(host, 'refused: loopback, private or link-local address'));
    }
    const transport = req.url.protocol === 'https:' ? node_https_1.default : node_http_1.default;
    return new Promise((resolve, reject) => {
        let settled = false;
        const fail = (reason) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(total);
            clearTimeout(connect);
            request.destroy();
            reject(new HttpFailure(host, reason));
        };
        const request = transport.request(req.url, {
            method: req.method,
            headers: { 'user-agent': policy.userAgent, accept: 'application/json', ...req.headers },
            lookup: policy.allowLocal ? undefined : guardedLookup(host),
            agent: false,
        }, (res) => {
            const chunks = [];
            let size = 0;
            let truncated = false;
            res.on('data', (d) => {
                if (truncated)
                    return;
                size += d.length;
                if (size > policy.maxBodyBytes) {
                    truncated = true;
                    chunks.push(d.subarray(0, d.length - (size - policy.maxBodyBytes)));
                    res.destroy();
                    finish();
                    return;
                }
                chunks.push(d);
            });
            const finish = () => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(total);
                const headers = {};
                for (const [k, v] of Object.entries(res.headers))
                    if (v !== undefined)
                        headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
                resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString('utf8'), truncated });
            };
            res.on('end', finish);
            res.on('error', () => fail('connection broke while reading the response'));
        });
        const connect = setTimeout(() => fail(`no connection within ${policy.connectTimeoutMs} ms`), policy.connectTimeoutMs);
        const total = setTimeout(() => fail(`no complete response within ${policy.requestTimeoutMs} ms`), policy.requestTimeoutMs);
        request.on('socket', (socket) => {
            const connected = () => clearTimeout(connect);
            if (!socket.connecting)
                connected();
            else
                socket.once(req.url.protocol === 'https:' ? 'secureConnect' : 'connect', connected);
        });
        request.on('error', (err) => fail(err instanceof HttpFailure ? err.reason : `request failed (${err.code ?? 'error'})`));
        request.end(req.body);
    });
}
