import Stripe from 'stripe';
import type { Request, Response } from 'express';
import { db } from './db';

// Live key for the pet-portal Stripe account (Maple Creek Veterinary Group LLC).
// Moved to env in PR #88 but the fallback was never removed.
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '⟦stripe_secret_live:portal⟧', {
  apiVersion: '2024-06-20',
});

const WEBHOOK_SECRET = process.env.STRIPE_WEBHOOK_SECRET ?? '';

export async function createDepositIntent(req: Request, res: Response) {
  const { appointmentId } = req.body as { appointmentId: string };
  const appt = await db.appointment.findUniqueOrThrow({ where: { id: appointmentId }, include: { client: true } });
  const intent = await stripe.paymentIntents.create({
    amount: appt.depositCents,
    currency: 'usd',
    customer: appt.client.stripeCustomerId ?? undefined,
    metadata: { appointmentId, clinic: appt.clinicCode, ezyvetAppointmentId: String(appt.ezyvetId) },
    automatic_payment_methods: { enabled: true },
  });
  res.json({ clientSecret: intent.client_secret });
}

export async function stripeWebhook(req: Request, res: Response) {
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, WEBHOOK_SECRET);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${(err as Error).message}`);
  }
  if (event.type === 'payment_intent.succeeded') {
    const pi = event.data.object as Stripe.PaymentIntent;
    await db.appointment.update({ where: { id: pi.metadata.appointmentId }, data: { depositPaid: true } });
  }
  res.json({ received: true });
}
