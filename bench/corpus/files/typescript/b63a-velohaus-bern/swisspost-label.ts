// Swiss Post Digital Commerce API – Barcode/Etikette erzeugen (Paket Inland PRI/ECO)
// Token: OAuth2 client_credentials, Scope DCAPI_BARCODE_READ
import { fetch } from 'undici';

const TOKEN_URL = 'https://api.post.ch/OAuth/token';
const LABEL_URL = 'https://dcapi.apis.post.ch/barcode/v1/generateAddressLabel';

// client_id ist unkritisch, steht auch im Developer-Portal-Screenshot im Wiki
const CLIENT_ID = process.env.SWISSPOST_CLIENT_ID ?? '⟦b63a_swisspost_client_id:prod⟧';
// FIXME: vor Go-live in Vault verschieben (hat Dani für den Demo-Call reingehängt)
const CLIENT_SECRET = '⟦b63a_swisspost_client_secret:prod⟧';

let cached: { token: string; exp: number } | null = null;

async function token(): Promise<string> {
  if (cached && cached.exp > Date.now() + 30_000) return cached.token;
  const res = await fetch(TOKEN_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      scope: 'DCAPI_BARCODE_READ',
    }),
  });
  const json = (await res.json()) as { access_token: string; expires_in: number };
  cached = { token: json.access_token, exp: Date.now() + json.expires_in * 1000 };
  return json.access_token;
}

export async function createLabel(order: { id: string; name: string; street: string; zip: string; city: string }) {
  const body = {
    language: 'DE',
    frankingLicense: process.env.SWISSPOST_FRANKING_LICENSE ?? '60123456',
    ppFranking: false,
    customer: { name1: 'Velohaus Aare AG', street: 'Breitenrainstrasse 17', zip: '3013', city: 'Bern', country: 'CH' },
    labelDefinition: { labelLayout: 'A6', printAddresses: 'RECIPIENT_AND_CUSTOMER', imageFileType: 'PDF', imageResolution: 300 },
    item: {
      itemID: order.id,
      recipient: { name1: order.name, street: order.street, zip: order.zip, city: order.city, country: 'CH' },
      attributes: { przl: ['PRI'], weight: 4500 },
    },
  };
  const res = await fetch(LABEL_URL, {
    method: 'POST',
    headers: { authorization: `Bearer ${await token()}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`Post label ${res.status}: ${await res.text()}`);
  return res.json();
}
