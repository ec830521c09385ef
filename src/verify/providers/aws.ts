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

/** A signed GetCallerIdentity request for a key pair (and session token, for temporary keys). */
export function stsRequest(keyId: string, secret: string, sessionToken: string | undefined, now: Date, endpoint?: URL): HttpRequest {
  const amzDate = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', host: HOST, 'x-amz-date': amzDate };
  if (sessionToken) headers['x-amz-security-token'] = sessionToken;
  const signed = Object.keys(headers).sort();
  const canonical = ['POST', '/', '', ...signed.map((h) => `${h}:${headers[h]}`), '', signed.join(';'), sha256(BODY)].join('\n');
  const scope = `${day}/us-east-1/sts/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, day), 'us-east-1'), 'sts'), 'aws4_request');
  const signature = createHmac('sha256', key).update(toSign).digest('hex');
  headers.authorization = `AWS4-HMAC-SHA256 Credential=${keyId}/${scope}, SignedHeaders=${signed.join(';')}, Signature=${signature}`;
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

/** GetCallerIdentity's answer: the ARN is the identity; a rejected key is inactive. */
export function stsOutcome(res: HttpResponse, checkedAt: string): VerifyOutcome {
  if (res.status === 200 && xmlField(res.body, 'Arn')) {
    return { status: 'active', checkedAt, identity: xmlField(res.body, 'Arn'), reason: `account ${xmlField(res.body, 'Account') ?? '?'}` };
  }
  if (res.status === 403 && /InvalidClientTokenId|SignatureDoesNotMatch|ExpiredToken|AccessDenied/.test(res.body)) {
    return { status: 'inactive', checkedAt, reason: xmlField(res.body, 'Code') ?? 'rejected' };
  }
  return { status: 'unknown', checkedAt, reason: `unexpected response (${res.status})` };
}

/** Hosts this module talks to. */
export const AWS_HOSTS = [HOST];
