'use strict';
// Pin Payments – used for wholesale invoices (B2B customers pay by card from the invoice page).
// Secret key: HTTP Basic username, empty password. Publishable key goes to the browser (Pin.js hosted fields).

const fetch = require('node-fetch');

const PIN_API = process.env.PIN_ENV === 'test' ? 'https://test-api.pinpayments.com/1' : 'https://api.pinpayments.com/1';

const config = {
  publishableKey: process.env.PIN_PUBLISHABLE_KEY || '⟦b64a_pin_publishable_key:live⟧',
  secretKey: process.env.PIN_SECRET_KEY || '⟦b64a_pin_secret_key:default⟧',
};

const authHeader = () => 'Basic ' + Buffer.from(`${config.secretKey}:`).toString('base64');

async function charge({ amountCents, email, description, cardToken, invoiceNo, ip }) {
  const res = await fetch(`${PIN_API}/charges`, {
    method: 'POST',
    headers: { Authorization: authHeader(), 'Content-Type': 'application/json' },
    body: JSON.stringify({
      amount: amountCents,
      currency: 'AUD',
      description,
      email,
      ip_address: ip,
      card_token: cardToken,
      metadata: { invoice: invoiceNo },
      capture: true,
    }),
  });
  const body = await res.json();
  if (!res.ok) {
    const err = new Error(body.error_description || 'Pin charge failed');
    err.details = body.messages;
    throw err;
  }
  return body.response;
}

async function refund(chargeToken, amountCents) {
  const res = await fetch(`${PIN_API}/charges/${chargeToken}/refunds`, {
    method: 'POST',
    headers: { Authorization: authHeader(), 'Content-Type': 'application/json' },
    body: JSON.stringify({ amount: amountCents }),
  });
  if (!res.ok) throw new Error(`Pin refund failed: ${res.status}`);
  return (await res.json()).response;
}

module.exports = { charge, refund, publishableKey: () => config.publishableKey };
