import { readFile, writeFile } from 'node:fs/promises';

import { logger } from '../log';

const AUTH = 'https://api.schwabapi.com/v1/oauth/authorize';
const TOKEN = 'https://api.schwabapi.com/v1/oauth/token';
const TOKEN_FILE = process.env.SCHWAB_TOKEN_FILE ?? '.tokens/schwab_token.json';

interface TokenSet {
  access_token: string;
  refresh_token: string;
  id_token?: string;
  expires_at: number;
}

export function authorizeUrl(appKey: string, callback: string): string {
  const u = new URL(AUTH);
  u.searchParams.set('client_id', appKey);
  u.searchParams.set('redirect_uri', callback);
  return u.toString();
}

function basic(appKey: string, appSecret: string): string {
  return 'Basic ' + Buffer.from(`${appKey}:${appSecret}`).toString('base64');
}

export async function refresh(appKey = process.env.SCHWAB_APP_KEY!, appSecret = process.env.SCHWAB_APP_SECRET!): Promise<TokenSet> {
  const current = JSON.parse(await readFile(TOKEN_FILE, 'utf8')) as TokenSet;
  const res = await fetch(TOKEN, {
    method: 'POST',
    headers: { Authorization: basic(appKey, appSecret), 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: current.refresh_token }),
  });
  if (!res.ok) {
    logger.error({ status: res.status }, 'schwab refresh failed; re-run `npm run schwab:login`');
    throw new Error(`schwab refresh ${res.status}`);
  }
  const body = (await res.json()) as Omit<TokenSet, 'expires_at'> & { expires_in: number };
  const next: TokenSet = { ...body, expires_at: Date.now() + body.expires_in * 1000 };
  await writeFile(TOKEN_FILE, JSON.stringify(next, null, 2));
  return next;
}
