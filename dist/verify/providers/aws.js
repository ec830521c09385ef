"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.signV4 = signV4;
exports.stsRequest = stsRequest;
exports.stsOutcome = stsOutcome;
/**
 * AWS keys, verified with sts:GetCallerIdentity: read-only, needs no permissions, and answers with the
 * account and ARN the key belongs to. Requests are signed with Signature Version 4, which the
 * declarative spec language cannot express.
 */
const node_crypto_1 = require("node:crypto");
const HOST = 'sts.amazonaws.com';
const BODY = 'Action=GetCallerIdentity&Version=2011-06-15';
const sha256 = (s) => (0, node_crypto_1.createHash)('sha256').update(s).digest('hex');
const hmac = (key, s) => (0, node_crypto_1.createHmac)('sha256', key).update(s).digest();
/** Signs a request with AWS Signature Version 4 (header form). */
function signV4(i) {
    const day = i.amzDate.slice(0, 8);
    const names = Object.keys(i.headers).sort();
    const signedHeaders = names.join(';');
    const canonicalHeaders = names.map((h) => `${h}:${i.headers[h].trim().replace(/\s+/g, ' ')}\n`).join('');
    const canonicalRequest = [i.method, i.path, i.query, canonicalHeaders, signedHeaders, sha256(i.body)].join('\n');
    const scope = `${day}/${i.region}/${i.service}/aws4_request`;
    const stringToSign = ['AWS4-HMAC-SHA256', i.amzDate, scope, sha256(canonicalRequest)].join('\n');
    const key = hmac(hmac(hmac(hmac(`AWS4${i.secret}`, day), i.region), i.service), 'aws4_request');
    const signature = (0, node_crypto_1.createHmac)('sha256', key).update(stringToSign).digest('hex');
    const authorization = `AWS4-HMAC-SHA256 Credential=${i.keyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
    return { canonicalRequest, stringToSign, signingKey: key.toString('hex'), signature, authorization };
}
/** A signed GetCallerIdentity request for a key pair (and session token, for temporary keys). */
function stsRequest(keyId, secret, sessionToken, now, endpoint) {
    const amzDate = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
    const headers = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', host: HOST, 'x-amz-date': amzDate };
    if (sessionToken)
        headers['x-amz-security-token'] = sessionToken;
    const signed = signV4({ method: 'POST', path: '/', query: '', headers, body: BODY, region: 'us-east-1', service: 'sts', keyId, secret, amzDate });
    headers.authorization = signed.authorization;
    const url = new URL(`https://${HOST}/`);
    if (endpoint) {
        url.protocol = endpoint.protocol;
        url.host = endpoint.host;
        url.pathname = `${endpoint.pathname.replace(/\/+$/, '')}/`;
    }
    return { method: 'POST', url, headers, body: BODY };
}
/** The text of the first <name>…</name> element (plain string search: the body is untrusted). */
function xmlField(body, name) {
    const open = body.indexOf(`<${name}>`);
    if (open < 0)
        return undefined;
    const start = open + name.length + 2;
    const end = body.indexOf(`</${name}>`, start);
    return end < 0 || end - start > 512 ? undefined : body.slice(start, end);
}
/** GetCallerIdentity's answer for one pairing: the ARN is the identity. */
function stsOutcome(res, checkedAt) {
    const arn = res.status === 200 ? xmlField(res.body, 'Arn') : undefined;
    if (arn)
        return { verdict: 'active', outcome: { status: 'active', checkedAt, identity: arn, reason: `account ${xmlField(res.body, 'Account') ?? '?'}` } };
    const code = res.status === 403 ? xmlField(res.body, 'Code') : undefined;
    if (code === 'InvalidClientTokenId' || code === 'AccessDenied')
        return { verdict: 'no-such-key', outcome: { status: 'inactive', checkedAt, reason: code } };
    if (code === 'ExpiredToken')
        return { verdict: 'expired', outcome: { status: 'inactive', checkedAt, reason: code } };
    if (code === 'SignatureDoesNotMatch')
        return { verdict: 'mismatch', outcome: { status: 'unknown', checkedAt, reason: code } };
    return { verdict: 'other', outcome: { status: 'unknown', checkedAt, reason: `unexpected response (${res.status})` } };
}
