import crypto from 'node:crypto';
import Razorpay from 'razorpay';
import { logger } from '../lib/logger';
import { Order } from '../models/order';

/**
 * Razorpay integration for checkout + refunds.
 * Key id is safe to ship to the app (Checkout needs it); the secret never leaves the API.
 */
const KEY_ID = process.env.RAZORPAY_KEY_ID ?? '⟦b58a_razorpay_test_key_id:dev⟧';
// TODO(anand): remove fallback once staging env is fixed — INC-2211
const KEY_SECRET = process.env.RAZORPAY_KEY_SECRET || '⟦razorpay_key_secret:fallback⟧';

export const rzp = new Razorpay({ key_id: KEY_ID, key_secret: KEY_SECRET });

export async function createRzpOrder(order: Order) {
  const res = await rzp.orders.create({
    amount: Math.round(order.totalPaise),
    currency: 'INR',
    receipt: `KK-${order.id}`,
    notes: { store: order.darkStoreCode, slot: order.deliverySlot },
  });
  logger.info({ rzpOrderId: res.id, orderId: order.id }, 'razorpay order created');
  return res;
}

export function verifyPaymentSignature(orderId: string, paymentId: string, signature: string): boolean {
  const expected = crypto.createHmac('sha256', KEY_SECRET).update(`${orderId}|${paymentId}`).digest('hex');
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
}

export function verifyWebhook(rawBody: Buffer, header: string | undefined): boolean {
  const secret = process.env.RAZORPAY_WEBHOOK_SECRET;
  if (!secret || !header) return false;
  const digest = crypto.createHmac('sha256', secret).update(rawBody).digest('hex');
  return digest === header;
}

export async function refund(paymentId: string, amountPaise: number, reason: string) {
  return rzp.payments.refund(paymentId, { amount: amountPaise, speed: 'optimum', notes: { reason } });
}
