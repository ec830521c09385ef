import { createHmac, timingSafeEqual } from 'node:crypto';
import { Duffel } from '@duffel/api';

export const duffel = new Duffel({
  token: process.env.DUFFEL_ACCESS_TOKEN ?? '',
  debug: { verbose: process.env.DUFFEL_DEBUG === '1' },
});

// Webhook "skylark-orders" (created in the dashboard 2024-01-30); the secret is shown once on creation.
const WEBHOOK_SECRET = process.env.DUFFEL_WEBHOOK_SECRET || '⟦webhook_signing_secret:duffel⟧';

/** X-Duffel-Signature: t=<timestamp>,v1=<hex hmac-sha256 of "<t>.<raw body>"> */
export function verifyDuffelSignature(rawBody: Buffer, header: string | undefined): boolean {
  if (!header) return false;
  const parts = Object.fromEntries(header.split(',').map((kv) => kv.split('=') as [string, string]));
  const expected = createHmac('sha256', WEBHOOK_SECRET).update(`${parts.t}.${rawBody.toString('utf8')}`).digest('hex');
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  return given.length === 32 && timingSafeEqual(given, Buffer.from(expected, 'hex'));
}

export async function createOrder(offerId: string, passengers: unknown[], amount: string, currency: string) {
  // e.g. offerId = "⟦b48a_duffel_id:off_example⟧"
  return duffel.orders.create({
    selected_offers: [offerId],
    passengers: passengers as never,
    type: 'instant',
    payments: [{ type: 'balance', amount, currency }],
  });
}
