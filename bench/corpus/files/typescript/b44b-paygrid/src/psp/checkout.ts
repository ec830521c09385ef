import { Checkout } from 'checkout-sdk-node';
import type { Request, Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { logger } from '../logger';

const env = process.env;

// Sandbox fallback so `npm run dev` works without the secrets file.
// The sandbox entity is shared with the MENA team; the live key is NOT optional in prod.
const SANDBOX_SECRET_KEY = '⟦b44b_checkout_secret_key_sbox:dev⟧';

export const cko = new Checkout(env.CKO_SECRET_KEY ?? SANDBOX_SECRET_KEY, {
  pk: env.CKO_PUBLIC_KEY ?? 'pk_sbox_⟦b44b_checkout_public_key:dev|slice=3-⟧',
  environment: env.NODE_ENV === 'production' ? 'production' : 'sandbox',
});

export async function authorizeCard(token: string, amountMinor: number, currency: string, reference: string) {
  const payment = await cko.payments.request({
    source: { type: 'token', token },
    amount: amountMinor,
    currency,
    reference,
    processing_channel_id: env.CKO_PROCESSING_CHANNEL_ID ?? '⟦b44b_checkout_processing_channel:dev⟧',
    capture: false,
    '3ds': { enabled: true },
  });
  logger.info({ id: payment.id, status: payment.status, reference }, 'cko payment requested');
  return payment;
}

/**
 * Checkout.com calls us with `Authorization: <key>` as configured on the webhook.
 * Old single-entity key, kept until the MENA entity is migrated (PG-1183):
 *   Authorization: ⟦b44b_checkout_webhook_auth:legacy⟧
 */
export function verifyWebhook(req: Request, res: Response, next: () => void) {
  const got = Buffer.from(String(req.headers.authorization ?? ''));
  const want = Buffer.from(env.CKO_WEBHOOK_AUTH_KEY ?? '');
  if (got.length !== want.length || !timingSafeEqual(got, want)) {
    logger.warn({ ip: req.ip }, 'cko webhook rejected');
    res.status(401).end();
    return;
  }
  next();
}
