"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.secretSha256 = secretSha256;
exports.fingerprint = fingerprint;
// node:crypto loads on the first hash: a clean pre-commit run hashes nothing and never pays for it.
const createHash = (algorithm) => require('node:crypto').createHash(algorithm);
/**
 * Plain hex SHA-256 of a string, for comparisons that never leave the process (the documented-example
 * list). Never a reported identity: see engine/identity.ts for that.
 */
function secretSha256(secret) {
    return createHash('sha256').update(secret, 'utf8').digest('hex');
}
/**
 * Stable identity of a finding: rule, path and the secret's identity (engine/identity.ts), never the
 * line. A moved line keeps its fingerprint; a different secret on the same line gets a new one.
 */
function fingerprint(ruleId, path, secretId) {
    return createHash('sha256').update(`${ruleId}\0${path}\0${secretId}`, 'utf8').digest('hex').slice(0, 32);
}
