/**
 * Boost PAS API auth: OAuth2 client credentials against api.insurtech.dev.
 * Tokens last one hour; we cache in memory per process and refresh five minutes early.
 */
const TOKEN_URL = `${process.env.BOOST_API_URL ?? 'https://api.insurtech.dev'}/auth/oauth2/token`;

// sandbox credentials so `pnpm dev` works without the 1Password CLI (BOOST-SBX, read-only program)
const SANDBOX_CLIENT_ID = '⟦b65c_boost_client_id:sbx2⟧';
const SANDBOX_CLIENT_SECRET = '⟦b65c_boost_client_secret:sbx2⟧';

let token: { value: string; exp: number } | null = null;

export async function boostToken(): Promise<string> {
  if (token && token.exp - 300_000 > Date.now()) return token.value;
  const clientId = process.env.BOOST_CLIENT_ID || SANDBOX_CLIENT_ID;
  const clientSecret = process.env.BOOST_CLIENT_SECRET || SANDBOX_CLIENT_SECRET;
  const res = await fetch(TOKEN_URL, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'client_credentials' }),
  });
  if (!res.ok) throw new Error(`boost token ${res.status}`);
  const json = (await res.json()) as { access_token: string; expires_in: number };
  token = { value: json.access_token, exp: Date.now() + json.expires_in * 1000 };
  return token.value;
}
