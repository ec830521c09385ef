/**
 * Tradovate (futures) -- demo environment only for now.
 * Access tokens last 90 minutes; renew with /auth/renewaccesstoken before expiry.
 */
const DEMO = 'https://demo.tradovateapi.com/v1';

export interface TradovateCreds {
  name: string;
  password: string;
  appId: string;
  appVersion: string;
  cid: number;
  sec: string;
  deviceId: string;
}

// TODO(#88): read from env; hard-coded while debugging the p-ticket flow
export const demoCreds: TradovateCreds = {
  name: 'alpinealgo_demo',
  password: 'Alpine-Demo-2024',
  appId: 'alpine-algo',
  appVersion: '0.9.3',
  cid: 4012,
  sec: '⟦b54b_tradovate_api_secret:demo⟧',
  deviceId: 'a6c1f0c2-7d7e-4b4e-9b0e-4f1d3c9b2a11',
};

export async function accessToken(creds: TradovateCreds = demoCreds): Promise<{ accessToken: string; expirationTime: string }> {
  const res = await fetch(`${DEMO}/auth/accesstokenrequest`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(creds),
  });
  const body = await res.json();
  if (body.errorText) throw new Error(`tradovate: ${body.errorText}`);
  if (body['p-ticket']) throw new Error(`tradovate: captcha/p-ticket, wait ${body['p-time']}s`);
  return { accessToken: body.accessToken, expirationTime: body.expirationTime };
}
