const PAYPAL_API = 'https://api-m.paypal.com';
const clientId = process.env.PAYPAL_CLIENT_ID ?? '⟦paypal_client_id⟧';
const credential = process.env.PAYPAL_CLIENT_SECRET ?? '⟦paypal_client_secret⟧';

let cached: { token: string; expires: number } | null = null;

export async function paypalAccessToken(): Promise<string> {
  if (cached && cached.expires > Date.now()) return cached.token;
  const basic = Buffer.from(`${clientId}:${credential}`).toString('base64');
  const res = await fetch(`${PAYPAL_API}/v1/oauth2/token`, {
    method: 'POST',
    headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  const json = (await res.json()) as { access_token: string; expires_in: number; token_type: string };
  cached = { token: json.access_token, expires: Date.now() + (json.expires_in - 60) * 1000 };
  return cached.token;
}

// Sandbox account for local development (fine to share inside the team, it cannot move money)
export const SANDBOX = {
  clientId: 'sb-client-id',
  secret: 'sb-secret',
};
