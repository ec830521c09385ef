/** Credentials providers print in their own documentation, known only by SHA-256 (rules/data/documented-examples.json). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { secretSha256 } from './fingerprint';

let hashes: Set<string> | undefined;

function load(): Set<string> {
  // The engine stays free of I/O per fragment: the list is read once, on first use.
  const file = join(__dirname, '..', '..', 'rules', 'data', 'documented-examples.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { examples: Array<{ sha256: string }> };
  return new Set(data.examples.map((e) => e.sha256));
}

/** True when `secret` is a documented example credential. */
export function isExampleSecret(secret: string): boolean {
  hashes ??= load();
  return hashes.size > 0 && hashes.has(secretSha256(secret));
}
