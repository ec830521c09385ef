/**
 * Plain hex SHA-256 of a string, for comparisons that never leave the process (the documented-example
 * list). Never a reported identity: see engine/identity.ts for that.
 */
export declare function secretSha256(secret: string): string;
/**
 * Stable identity of a finding: rule, path and the secret's identity (engine/identity.ts), never the
 * line. A moved line keeps its fingerprint; a different secret on the same line gets a new one.
 */
export declare function fingerprint(ruleId: string, path: string, secretId: string): string;
