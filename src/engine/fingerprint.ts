// node:crypto loads on the first hash: a clean pre-commit run hashes nothing and never pays for it.
const createHash = (algorithm: string) => (require('node:crypto') as typeof import('node:crypto')).createHash(algorithm);

/**
 * Plain hex SHA-256 of a string, for comparisons that never leave the process (the documented-example
 * list). Never a reported identity: see engine/identity.ts for that.
 */
export function secretSha256(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * Stable identity of a finding: rule, path and the secret's identity (engine/identity.ts), never the
 * line. A moved line keeps its fingerprint; a different secret on the same line gets a new one.
 */
export function fingerprint(ruleId: string, path: string, secretId: string): string {
  return createHash('sha256').update(`${ruleId}\0${path}\0${secretId}`, 'utf8').digest('hex').slice(0, 32);
}
