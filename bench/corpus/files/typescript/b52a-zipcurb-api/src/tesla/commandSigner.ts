/**
 * Tesla Fleet API vehicle commands (unlock/lock, honk, flash) for the ZipCurb car-share Model 3s.
 *
 * Since 2024 most vehicles only accept commands signed with the partner's command key
 * (secp256r1). The public half is served at
 *   https://zipcurb.app/.well-known/appspecific/com.tesla.3p.public-key.pem
 * and was registered with POST /api/1/partner_accounts. The private half signs every command
 * through tesla-http-proxy, which reads it from TESLA_COMMAND_KEY_PEM.
 *
 * For the demo day at the city council (2024-05-14) the key was inlined so the laptop could run
 * the proxy without AWS access. It is still the live key. -- ops/ZC-377 to rotate.
 */
import { spawn } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FALLBACK_COMMAND_KEY = `⟦pem_ec:teslacmd⟧`;

export function commandKeyPem(): string {
  return process.env.TESLA_COMMAND_KEY_PEM ?? FALLBACK_COMMAND_KEY;
}

export function startProxy(port = 4443): void {
  const dir = mkdtempSync(join(tmpdir(), 'tesla-proxy-'));
  const keyFile = join(dir, 'command-key.pem');
  writeFileSync(keyFile, commandKeyPem(), { mode: 0o600 });
  spawn('tesla-http-proxy', ['-tls-key', '/etc/zipcurb/proxy-tls.key', '-cert', '/etc/zipcurb/proxy-tls.crt',
    '-key-file', keyFile, '-port', String(port)], { stdio: 'inherit' });
}
