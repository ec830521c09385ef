import type { Finding } from './finding';
/** Estimated strength at or above which a plain (tagged) hash is safe to publish. */
export declare const STRONG_BITS = 128;
/** How identities are computed in a run, as reports and baselines record it. */
export interface IdentityScheme {
    /** "public-v2" (tagged SHA-256 or scrypt) or "keyed-v2" (HMAC-SHA256 with the user's key). */
    scheme: 'public-v2' | 'keyed-v2';
    /** With a key: a short id of the key (not the key), so a mismatch is reported rather than silent. */
    keyId?: string;
}
/** Length × Shannon entropy per character of the secret's own character distribution, in bits. */
export declare function strengthBits(secret: string): number;
/** The scheme a key (or none) gives. */
export declare function identityScheme(key?: Buffer): IdentityScheme;
/** The identity of one secret (64 hex characters). */
export declare function secretIdentity(secret: string, key?: Buffer): Promise<string>;
/** Identities of a run, each distinct secret computed once. */
export declare class IdentityCache {
    readonly key?: Buffer | undefined;
    private readonly known;
    constructor(key?: Buffer | undefined);
    get(secret: string): Promise<string>;
}
/** Sets each finding's secretId and fingerprint (rule, path, identity); all distinct secrets hash in parallel. */
export declare function assignIdentities(findings: Finding[], cache: IdentityCache): Promise<void>;
/** The pre-v2 identity (plain SHA-256), computed in memory only to read old baselines and ignore files. */
export declare function legacySha256(secret: string): string;
/** The pre-v2 fingerprint of a finding, to recognise an old ignore-file entry. */
export declare function legacyFingerprint(f: Pick<Finding, 'ruleId' | 'path' | 'secret' | 'identityText'>): string;
