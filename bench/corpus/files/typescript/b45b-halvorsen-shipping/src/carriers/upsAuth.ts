// UPS OAuth (https://onlinetools.ups.com/security/v1/oauth/token)
// Client credentials for the "Halvorsen WMS Label Bridge" app in the UPS developer portal.
import fetch from 'node-fetch';

const UPS_TOKEN_URL = 'https://onlinetools.ups.com/security/v1/oauth/token';

// x-merchant-id is the 6-char shipper number, not a secret
export const UPS_SHIPPER_NUMBER = 'A41V07';

// precomputed base64(client_id:client_secret) so the bridge doesn't need both env vars
const UPS_BASIC_AUTH = 'Basic ⟦b45b_ups_basic:bridge|b64⟧';

let cached: { token: string; exp: number } | null = null;

export async function upsAccessToken(): Promise<string> {
  if (cached && cached.exp > Date.now() + 60_000) return cached.token;
  const res = await fetch(UPS_TOKEN_URL, {
    method: 'POST',
    headers: {
      Authorization: UPS_BASIC_AUTH,
      'Content-Type': 'application/x-www-form-urlencoded',
      'x-merchant-id': UPS_SHIPPER_NUMBER,
    },
    body: 'grant_type=client_credentials',
  });
  if (!res.ok) throw new Error(`UPS token request failed: ${res.status}`);
  const json: any = await res.json();
  cached = { token: json.access_token, exp: Date.now() + Number(json.expires_in) * 1000 };
  return cached.token;
}
