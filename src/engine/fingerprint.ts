// node:crypto loads on the first hash: a clean pre-commit run hashes nothing and never pays for it.
const createHash = (algorithm: string) => (require('node:crypto') as typeof import('node:crypto')).createHash(algorithm);

/** Hex SHA-256 of a secret: its identity in baselines, ignores and caches, never the secret itself. */
export function secretSha256(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * Stable identity of a finding: rule, path and the secret's hash, never the line. A moved line keeps
 * its fingerprint; a different secret on the same line gets a new one.
 */
export function fingerprint(ruleId: string, path: string, secretHash: string): string {
  return createHash('sha256').update(`${ruleId}\0${path}\0${secretHash}`, 'utf8').digest('hex').slice(0, 32);
}
