/**
 * Secret identities: what baselines, ignore files, inventory, revoke, verification caches and
 * fingerprints use in place of the secret. A plain SHA-256 of a human password falls to a dictionary
 * in milliseconds, so the identity depends on what the secret is and on whether a key is configured:
 *
 * - with a trusted key (TOKENGUARD_HASH_KEY or the user config directory): HMAC-SHA256 with it, for
 *   every secret; without the key nobody can test a guess;
 * - without one, a secret of estimated strength >= 128 bits (length × Shannon entropy per character)
 *   gets SHA-256 with a domain tag: guessing it is as hard as guessing the token;
 * - weaker secrets (human passwords, short keys) get scrypt with a fixed domain salt, about 5-10 ms
 *   each: every guess costs the same, which slows a dictionary down ~10^5-fold but cannot stop it.
 *
 * The result depends on the secret (and key) alone, so every machine with the same key agrees. Each
 * distinct secret is hashed once per run, in parallel on libuv's thread pool.
 */
// node:crypto loads on the first identity: a clean pre-commit run computes none and never pays for it.
const crypto = () => require('node:crypto') as typeof import('node:crypto');
import type { Finding } from './finding';
import { fingerprint } from './fingerprint';

const DOMAIN = 'tokenguard/secret-id/v2';
/** Estimated strength at or above which a plain (tagged) hash is safe to publish. */
export const STRONG_BITS = 128;
/** scrypt cost: N = 2^11, r = 8 (2 MiB, ~5-10 ms on current CPUs). Fixed: changing it changes every identity. */
const SCRYPT = { N: 2048, r: 8, p: 1, maxmem: 16 * 1024 * 1024 };

/** How identities are computed in a run, as reports and baselines record it. */
export interface IdentityScheme {
  /** "public-v2" (tagged SHA-256 or scrypt) or "keyed-v2" (HMAC-SHA256 with the user's key). */
  scheme: 'public-v2' | 'keyed-v2';
  /** With a key: a short id of the key (not the key), so a mismatch is reported rather than silent. */
  keyId?: string;
}

/** Length × Shannon entropy per character of the secret's own character distribution, in bits. */
export function strengthBits(secret: string): number {
  const chars = [...secret];
  const counts = new Map<string, number>();
  for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / chars.length;
    h -= p * Math.log2(p);
  }
  return chars.length * h;
}

/** The scheme a key (or none) gives. */
export function identityScheme(key?: Buffer): IdentityScheme {
  if (!key) return { scheme: 'public-v2' };
  return { scheme: 'keyed-v2', keyId: crypto().createHmac('sha256', key).update(`${DOMAIN}/key-id`).digest('hex').slice(0, 12) };
}

/** The identity of one secret (64 hex characters). */
export function secretIdentity(secret: string, key?: Buffer): Promise<string> {
  if (key) return Promise.resolve(crypto().createHmac('sha256', key).update(`${DOMAIN}\0${secret}`, 'utf8').digest('hex'));
  if (strengthBits(secret) >= STRONG_BITS) return Promise.resolve(crypto().createHash('sha256').update(`${DOMAIN}\0${secret}`, 'utf8').digest('hex'));
  return new Promise((resolve, reject) => {
    crypto().scrypt(Buffer.from(secret, 'utf8'), `${DOMAIN}/scrypt`, 32, SCRYPT, (err, out) => (err ? reject(err) : resolve(out.toString('hex'))));
  });
}

/** Identities of a run, each distinct secret computed once. */
export class IdentityCache {
  private readonly known = new Map<string, Promise<string>>();

  constructor(readonly key?: Buffer) {}

  get(secret: string): Promise<string> {
    let id = this.known.get(secret);
    if (!id) {
      id = secretIdentity(secret, this.key);
      this.known.set(secret, id);
    }
    return id;
  }
}

/** Sets each finding's secretId and fingerprint (rule, path, identity); all distinct secrets hash in parallel. */
export async function assignIdentities(findings: Finding[], cache: IdentityCache): Promise<void> {
  const ids = await Promise.all(findings.map((f) => cache.get(f.identityText ?? f.secret)));
  findings.forEach((f, i) => {
    f.secretId = ids[i];
    f.fingerprint = fingerprint(f.ruleId, f.path, ids[i]);
  });
}

/** The pre-v2 identity (plain SHA-256), computed in memory only to read old baselines and ignore files. */
export function legacySha256(secret: string): string {
  return crypto().createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** The pre-v2 fingerprint of a finding, to recognise an old ignore-file entry. */
export function legacyFingerprint(f: Pick<Finding, 'ruleId' | 'path' | 'secret' | 'identityText'>): string {
  return fingerprint(f.ruleId, f.path, legacySha256(f.identityText ?? f.secret));
}
