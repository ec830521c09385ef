import type { HttpRequest, HttpResponse } from '../http';
import type { VerifyOutcome } from '../types';
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
export declare function signV4(i: SigV4Input): SigV4Result;
/** A signed GetCallerIdentity request for a key pair (and session token, for temporary keys). */
export declare function stsRequest(keyId: string, secret: string, sessionToken: string | undefined, now: Date, endpoint?: URL): HttpRequest;
/**
 * What one GetCallerIdentity answer says about one key id and secret pairing: `active`; `no-such-key`
 * (the key id is unknown or disabled: dead for this key id only); `mismatch` (SignatureDoesNotMatch:
 * a wrong pairing, or a live pair AWS rejected for a burst of requests, so never proof of death);
 * `expired` (the session token is past its expiry: definitive); `other` (throttling, errors).
 */
export type StsVerdict = 'active' | 'no-such-key' | 'mismatch' | 'expired' | 'other';
/** GetCallerIdentity's answer for one pairing: the ARN is the identity. */
export declare function stsOutcome(res: HttpResponse, checkedAt: string): {
    verdict: StsVerdict;
    outcome: VerifyOutcome;
};
