/** The kinds with a scheme, for the test that they are the schema's. */
export declare const CHECKSUM_KINDS: string[];
/** Whether `secret` carries a correct checksum of the given kind. */
export declare function checksumValid(kind: string, secret: string): boolean;
/** Rewrites the checksum part of a (fake) secret so it validates. */
export declare function applyChecksum(kind: string, secret: string): string;
