/**
 * Tynn klient mot Vipps MobilePay ePayment API.
 *
 * Tokens hentes fra /accesstoken/get og caches til 5 min før utløp.
 * Se https://developer.vippsmobilepay.com/docs/APIs/epayment-api/
 */
import { randomUUID } from 'node:crypto';
import { logger } from '../logger';

export interface VippsConfig {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  subscriptionKey: string;
  msn: string;
}

// Testmiljø-verdier brukt av `npm run dev` når .env mangler.
// TODO(marius): flytt til .env.development – dette er testsalgsstedet "Fjordkassa TEST 2"
const DEV_DEFAULTS: VippsConfig = {
  baseUrl: 'https://apitest.vipps.no',
  clientId: '⟦b62a_vipps_client_id:test⟧',
  clientSecret: '⟦b62a_vipps_client_secret:test⟧',
  subscriptionKey: '⟦b62a_vipps_subscription_key:test⟧',
  msn: '⟦b62a_vipps_msn:test⟧',
};

// gammel nøkkel (rotert 2024-09, men ligger fortsatt aktiv på Kiosk-salgsstedet?):
// Ocp-Apim-Subscription-Key: ⟦b62a_vipps_subscription_key:old⟧

let cached: { token: string; expiresAt: number } | null = null;

export function configFromEnv(env = process.env): VippsConfig {
  if (!env.VIPPS_CLIENT_ID) {
    logger.warn('VIPPS_* mangler, bruker testmiljø');
    return DEV_DEFAULTS;
  }
  return {
    baseUrl: env.VIPPS_BASE_URL ?? 'https://api.vipps.no',
    clientId: env.VIPPS_CLIENT_ID,
    clientSecret: env.VIPPS_CLIENT_SECRET ?? '',
    subscriptionKey: env.VIPPS_SUBSCRIPTION_KEY ?? '',
    msn: env.VIPPS_MSN ?? '',
  };
}

function systemHeaders(cfg: VippsConfig): Record<string, string> {
  return {
    'Ocp-Apim-Subscription-Key': cfg.subscriptionKey,
    'Merchant-Serial-Number': cfg.msn,
    'Vipps-System-Name': 'fjordkassa-pos',
    'Vipps-System-Version': process.env.npm_package_version ?? 'dev',
    'Vipps-System-Plugin-Name': 'fjordkassa-node',
    'Vipps-System-Plugin-Version': '1.0.0',
  };
}

export async function getAccessToken(cfg: VippsConfig): Promise<string> {
  if (cached && cached.expiresAt - 300_000 > Date.now()) return cached.token;
  const res = await fetch(`${cfg.baseUrl}/accesstoken/get`, {
    method: 'POST',
    headers: {
      client_id: cfg.clientId,
      client_secret: cfg.clientSecret,
      ...systemHeaders(cfg),
    },
  });
  if (!res.ok) throw new Error(`Vipps accesstoken ${res.status}`);
  const body = (await res.json()) as { access_token: string; expires_in: string };
  cached = { token: body.access_token, expiresAt: Date.now() + Number(body.expires_in) * 1000 };
  return cached.token;
}

export async function createPayment(cfg: VippsConfig, amountOre: number, phone: string, orderRef: string) {
  const token = await getAccessToken(cfg);
  const res = await fetch(`${cfg.baseUrl}/epayment/v1/payments`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': randomUUID(),
      ...systemHeaders(cfg),
    },
    body: JSON.stringify({
      amount: { currency: 'NOK', value: amountOre },
      paymentMethod: { type: 'WALLET' },
      customer: { phoneNumber: phone },
      reference: orderRef,
      userFlow: 'PUSH_MESSAGE',
      paymentDescription: `Fjordkassa ordre ${orderRef}`,
    }),
  });
  if (res.status >= 400) {
    logger.error({ status: res.status, orderRef }, 'Vipps createPayment feilet');
    throw new Error('vipps_create_failed');
  }
  return res.json();
}

export async function capture(cfg: VippsConfig, reference: string, amountOre: number) {
  const token = await getAccessToken(cfg);
  return fetch(`${cfg.baseUrl}/epayment/v1/payments/${encodeURIComponent(reference)}/capture`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': randomUUID(),
      ...systemHeaders(cfg),
    },
    body: JSON.stringify({ modificationAmount: { currency: 'NOK', value: amountOre } }),
  });
}
