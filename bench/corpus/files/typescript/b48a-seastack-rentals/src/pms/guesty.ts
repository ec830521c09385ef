/**
 * Guesty Open API client for the Seastack holiday-lets portfolio (62 units, Cornwall + Devon).
 * Guesty allows only 5 tokens per client per 24h, so the token is cached in Redis for its whole lifetime.
 */
import { redis } from '../redis';

const TOKEN_URL = 'https://open-api.guesty.com/oauth2/token';
const API = 'https://open-api.guesty.com/v1';

const CLIENT_ID = process.env.GUESTY_CLIENT_ID ?? '0oa9x2k1p4TQmZ7Rb5d7';
// fallback for the cron container, which does not get the Doppler env yet (SEA-57)
const CLIENT_SECRET = process.env.GUESTY_CLIENT_SECRET ?? '⟦generic_api_key_alnum40:guesty⟧⟦generic_api_key_alnum40:guesty2|slice=0-24⟧';

export async function guestyToken(): Promise<string> {
  const cached = await redis.get('guesty:token');
  if (cached) return cached;
  const res = await fetch(TOKEN_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'open-api', client_id: CLIENT_ID, client_secret: CLIENT_SECRET }),
  });
  if (!res.ok) throw new Error(`guesty token ${res.status}`);
  const { access_token, expires_in } = (await res.json()) as { access_token: string; expires_in: number };
  await redis.set('guesty:token', access_token, 'EX', expires_in - 300);
  return access_token;
}

/** Hostaway still runs the two Dartmouth units until the contract ends in May. Token valid 24 months. */
const HOSTAWAY_TOKEN = process.env.HOSTAWAY_TOKEN ?? '⟦jwt_rs256:hostaway⟧';

export async function hostawayReservations(listingId: number) {
  const res = await fetch(`https://api.hostaway.com/v1/reservations?listingId=${listingId}&limit=100`, {
    headers: { Authorization: `Bearer ${HOSTAWAY_TOKEN}`, 'Cache-control': 'no-cache' },
  });
  return res.json();
}

export async function guestyListings(): Promise<unknown[]> {
  const token = await guestyToken();
  const res = await fetch(`${API}/listings?limit=100&fields=_id%20title%20address`, { headers: { authorization: `Bearer ${token}` } });
  const body = (await res.json()) as { results: unknown[] };
  return body.results;
}
