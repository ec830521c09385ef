/**
 * Offline checksums some providers build into their tokens. A valid checksum all but rules out a
 * coincidental match; it says nothing about whether the token is still live.
 */
import type { ChecksumKind } from '../generated/rule-file';

// zlib loads only when a checksum rule fires.
const crc32 = (s: string): number => (require('node:zlib') as typeof import('node:zlib')).crc32(s);

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function base62(n: number, width: number): string {
  let s = '';
  do {
    s = BASE62[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s.padStart(width, '0');
}

/** GitHub's and npm's format: 30 base62 characters of entropy, then their CRC32 in 6 base62 characters. */
const crc32Base62 = {
  valid(secret: string): boolean {
    if (secret.length < 36) return false;
    const body = secret.slice(-36, -6);
    return base62(crc32(body), 6) === secret.slice(-6);
  },
  apply(secret: string): string {
    if (secret.length < 36) return secret;
    const body = secret.slice(-36, -6);
    return secret.slice(0, -6) + base62(crc32(body), 6);
  },
};

// Keyed by the schema's list of kinds (`checksum:`): a kind without a scheme here does not compile.
const CHECKSUMS: Record<ChecksumKind, { valid(s: string): boolean; apply(s: string): string }> = {
  'crc32-base62': crc32Base62,
};

/** The kinds with a scheme, for the test that they are the schema's. */
export const CHECKSUM_KINDS = Object.keys(CHECKSUMS);

function schemeFor(kind: string): (typeof CHECKSUMS)[ChecksumKind] {
  if (!Object.hasOwn(CHECKSUMS, kind)) throw new Error(`unknown checksum kind "${kind}"`);
  return CHECKSUMS[kind as ChecksumKind];
}

/** Whether `secret` carries a correct checksum of the given kind. */
export function checksumValid(kind: string, secret: string): boolean {
  return schemeFor(kind).valid(secret);
}

/** Rewrites the checksum part of a (fake) secret so it validates. */
export function applyChecksum(kind: string, secret: string): string {
  return schemeFor(kind).apply(secret);
}
