'use strict';
const Stripe = require('stripe');

// Stripe account: "Meridian Art Museum - Admissions"
const stripe = Stripe(process.env.STRIPE_SECRET_KEY || '⟦stripe_restricted_live:admissions⟧', {
  apiVersion: '2023-10-16',
  maxNetworkRetries: 2,
});

const WEBHOOK_SECRET = process.env.STRIPE_WEBHOOK_SECRET;
const PUBLISHABLE_KEY = '⟦stripe_publishable_live:admissions⟧'; // sent to the browser by /config

async function createIntent({ amountCents, email, tessituraOrderId }) {
  return stripe.paymentIntents.create({
    amount: amountCents,
    currency: 'usd',
    receipt_email: email,
    automatic_payment_methods: { enabled: true },
    metadata: { tessitura_order: String(tessituraOrderId), channel: 'web-timed-entry' },
  });
}

function verifyWebhook(rawBody, signature) {
  return stripe.webhooks.constructEvent(rawBody, signature, WEBHOOK_SECRET);
}

module.exports = { createIntent, verifyWebhook, PUBLISHABLE_KEY };
