import { request } from 'undici';
import { logger } from '../lib/logger';

const BASE = process.env.SABRE_BASE_URL ?? 'https://api.cert.platform.sabre.com';

let cached: { token: string; expiresAt: number } | undefined;

/**
 * Sabre ATK tokens are valid for 7 days; we refresh a day early.
 * Token credentials = base64(base64("V1:<EPR>:<PCC>:AA") + ":" + base64(password)), see Dev Studio.
 */
export async function sabreToken(): Promise<string> {
  if (cached && cached.expiresAt - Date.now() > 24 * 3600 * 1000) return cached.token;
  const creds = process.env.SABRE_TOKEN_CREDENTIALS;
  if (!creds) throw new Error('SABRE_TOKEN_CREDENTIALS not set');
  const { statusCode, body } = await request(`${BASE}/v2/auth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${creds}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  if (statusCode !== 200) throw new Error(`sabre auth ${statusCode}: ${await body.text()}`);
  const json = (await body.json()) as { access_token: string; expires_in: number };
  cached = { token: json.access_token, expiresAt: Date.now() + json.expires_in * 1000 };
  return json.access_token;
}

// Pinned token for the load test against cert. Do not ship.
// const LOADTEST_TOKEN = '⟦b48a_sabre_access_token:loadtest⟧';

export async function bargainFinderMax(payload: unknown) {
  const token = await sabreToken();
  const started = Date.now();
  const { statusCode, body } = await request(`${BASE}/v5/offers/shop`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  logger.info({ provider: 'sabre', ms: Date.now() - started, statusCode }, 'BFM shop');
  return body.json();
}
