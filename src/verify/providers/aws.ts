/**
 * AWS keys, verified with sts:GetCallerIdentity: read-only, needs no permissions, and answers with the
 * account and ARN the key belongs to. Requests are signed with Signature Version 4, which the
 * declarative spec language cannot express.
 */
import { createHash, createHmac } from 'node:crypto';
import type { HttpRequest, HttpResponse } from '../http';
import type { VerifyOutcome } from '../types';

const HOST = 'sts.amazonaws.com';
const BODY = 'Action=GetCallerIdentity&Version=2011-06-15';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const hmac = (key: Buffer | string, s: string) => createHmac('sha256', key).update(s).digest();

/** What SigV4 signs: one request, already in canonical form (lower-case header names, sorted query). */
export interface SigV4Input {
  method: string;
  path: string;
  /** The canonical query string (parameters sorted and encoded), '' for none. */
  query: string;
  /** Every header to sign, names in lower case, `host` included. */
  headers: Record<string, string>;
  body: string;
  region: string;
  service: string;
  keyId: string;
  secret: string;
  /** YYYYMMDD'T'HHMMSS'Z' */
  amzDate: string;
}

/** Every intermediate value of a signature, so a test can pin each one to the documentation. */
export interface SigV4Result {
  canonicalRequest: string;
  stringToSign: string;
  signingKey: string;
  signature: string;
  authorization: string;
}

/** Signs a request with AWS Signature Version 4 (header form). */
export function signV4(i: SigV4Input): SigV4Result {
  const day = i.amzDate.slice(0, 8);
  const names = Object.keys(i.headers).sort();
  const signedHeaders = names.join(';');
  const canonicalHeaders = names.map((h) => `${h}:${i.headers[h].trim().replace(/\s+/g, ' ')}\n`).join('');
  const canonicalRequest = [i.method, i.path, i.query, canonicalHeaders, signedHeaders, sha256(i.body)].join('\n');
  const scope = `${day}/${i.region}/${i.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', i.amzDate, scope, sha256(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${i.secret}`, day), i.region), i.service), 'aws4_request');
  const signature = createHmac('sha256', key).update(stringToSign).digest('hex');
  const authorization = `AWS4-HMAC-SHA256 Credential=${i.keyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return { canonicalRequest, stringToSign, signingKey: key.toString('hex'), signature, authorization };
}

/** A signed GetCallerIdentity request for a key pair (and session token, for temporary keys). */
export function stsRequest(keyId: string, secret: string, sessionToken: string | undefined, now: Date, endpoint?: URL): HttpRequest {
  const amzDate = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', host: HOST, 'x-amz-date': amzDate };
  if (sessionToken) headers['x-amz-security-token'] = sessionToken;
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
function xmlField(body: string, name: string): string | undefined {
  const open = body.indexOf(`<${name}>`);
  if (open < 0) return undefined;
  const start = open + name.length + 2;
  const end = body.indexOf(`</${name}>`, start);
  return end < 0 || end - start > 512 ? undefined : body.slice(start, end);
}

/**
 * What one GetCallerIdentity answer says about one key id and secret pairing: `active`; `no-such-key`
 * (the key id is unknown or disabled: dead for this key id only); `mismatch` (SignatureDoesNotMatch:
 * a wrong pairing, or a live pair AWS rejected for a burst of requests, so never proof of death);
 * `expired` (the session token is past its expiry: definitive); `other` (throttling, errors).
 */
export type StsVerdict = 'active' | 'no-such-key' | 'mismatch' | 'expired' | 'other';

/** GetCallerIdentity's answer for one pairing: the ARN is the identity. */
export function stsOutcome(res: HttpResponse, checkedAt: string): { verdict: StsVerdict; outcome: VerifyOutcome } {
  const arn = res.status === 200 ? xmlField(res.body, 'Arn') : undefined;
  if (arn) return { verdict: 'active', outcome: { status: 'active', checkedAt, identity: arn, reason: `account ${xmlField(res.body, 'Account') ?? '?'}` } };
  const code = res.status === 403 ? xmlField(res.body, 'Code') : undefined;
  if (code === 'InvalidClientTokenId' || code === 'AccessDenied') return { verdict: 'no-such-key', outcome: { status: 'inactive', checkedAt, reason: code } };
  if (code === 'ExpiredToken') return { verdict: 'expired', outcome: { status: 'inactive', checkedAt, reason: code } };
  if (code === 'SignatureDoesNotMatch') return { verdict: 'mismatch', outcome: { status: 'unknown', checkedAt, reason: code } };
  return { verdict: 'other', outcome: { status: 'unknown', checkedAt, reason: `unexpected response (${res.status})` } };
}
