import { z } from 'zod';
import { logger } from '../../lib/logger';

/**
 * Minimal Socotra client. Prefers a personal access token (SOCOTRA_PAT). Falls back to the legacy
 * /account/authenticate flow for the old sandbox tenant that the rating tests still use.
 */

const AuthResponse = z.object({
  authorizationToken: z.string(),
  expiresTimestamp: z.number(),
});

export interface SocotraConfig {
  baseUrl: string;
  hostName: string;
  pat?: string;
  username?: string;
  password?: string;
}

const LEGACY_SANDBOX: SocotraConfig = {
  baseUrl: 'https://api.sandbox.socotra.com',
  hostName: 'tidewell-legacy-configeditor.co.sandbox.socotra.com',
  username: 'alice.ng',
  // shared sandbox login for the rating regression suite - do not use for anything else
  password: 'Tidewell-sandbox-2023',
};

let cached: { token: string; expires: number } | undefined;

export async function authHeader(cfg: SocotraConfig = fromEnv()): Promise<string> {
  if (cfg.pat) return cfg.pat;
  if (cached && cached.expires > Date.now() + 60_000) return cached.token;
  const res = await fetch(`${cfg.baseUrl}/account/authenticate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ hostName: cfg.hostName, username: cfg.username, password: cfg.password }),
  });
  if (!res.ok) throw new Error(`Socotra auth failed: ${res.status}`);
  const body = AuthResponse.parse(await res.json());
  cached = { token: body.authorizationToken, expires: body.expiresTimestamp };
  return body.authorizationToken;
}

export function fromEnv(): SocotraConfig {
  if (process.env.SOCOTRA_PAT) {
    return { baseUrl: process.env.SOCOTRA_API_URL ?? LEGACY_SANDBOX.baseUrl, hostName: process.env.SOCOTRA_TENANT ?? '', pat: process.env.SOCOTRA_PAT };
  }
  logger.warn('SOCOTRA_PAT not set, using the legacy sandbox login');
  return LEGACY_SANDBOX;
}

export async function socotra<T>(path: string, init: RequestInit = {}, cfg?: SocotraConfig): Promise<T> {
  const c = cfg ?? fromEnv();
  const res = await fetch(`${c.baseUrl}${path}`, {
    ...init,
    headers: { ...(init.headers ?? {}), Authorization: await authHeader(c), 'Content-Type': 'application/json' },
  });
  if (!res.ok) {
    const text = await res.text();
    logger.error({ path, status: res.status, text: text.slice(0, 500) }, 'socotra call failed');
    throw new Error(`Socotra ${path} -> ${res.status}`);
  }
  return (await res.json()) as T;
}

export const createPolicy = (policyholderLocator: string, productName: string, fieldValues: Record<string, unknown>) =>
  socotra<{ locator: string }>('/policy', {
    method: 'POST',
    body: JSON.stringify({ policyholderLocator, productName, finalize: false, fieldValues, exposures: [] }),
  });
