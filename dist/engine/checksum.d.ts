/**
 * Offline checksums some providers build into their tokens. A valid checksum all but rules out a
 * coincidental match; it says nothing about whether the token is still live.
 */
/** Whether `secret` carries a correct checksum of the given kind. */
export declare function checksumValid(kind: string, secret: string): boolean;
/** Rewrites the checksum part of a (fake) secret so it validates. */
export declare function applyChecksum(kind: string, secret: string): string;
