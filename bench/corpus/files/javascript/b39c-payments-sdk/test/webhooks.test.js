'use strict';

const crypto = require('node:crypto');
const assert = require('node:assert/strict');
const { describe, it, before } = require('node:test');
const Stripe = require('stripe');

const { verifyWebhook, WebhookError } = require('../src/webhooks');
const { createRefund } = require('../src/refunds');

// --- fixtures -----------------------------------------------------------------
const TEST_SECRET = 'whsec_test_secret';
const OTHER_SECRET = 'whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
const FAKE_API_KEY = 'sk_test_123';

const event = {
  id: 'evt_1PqRsT2eZvKYlo2C0a1b2c3d',
  type: 'charge.refunded',
  data: { object: { id: 'ch_3PqRsT2eZvKYlo2C1x2y3z4w', amount: 4200, currency: 'eur' } },
};

function sign(payload, secret, ts = Math.floor(Date.now() / 1000)) {
  const sig = crypto.createHmac('sha256', secret).update(`${ts}.${payload}`).digest('hex');
  return `t=${ts},v1=${sig}`;
}

describe('verifyWebhook', () => {
  const payload = JSON.stringify(event);

  it('accepts a correctly signed payload', () => {
    const out = verifyWebhook(payload, sign(payload, TEST_SECRET), TEST_SECRET);
    assert.equal(out.id, event.id);
  });

  it('rejects a payload signed with another secret', () => {
    assert.throws(() => verifyWebhook(payload, sign(payload, OTHER_SECRET), TEST_SECRET), WebhookError);
  });

  it('rejects stale timestamps', () => {
    const old = Math.floor(Date.now() / 1000) - 3600;
    assert.throws(() => verifyWebhook(payload, sign(payload, TEST_SECRET, old), TEST_SECRET), /tolerance/);
  });
});

describe('createRefund (live smoke test)', { skip: !process.env.SMOKE }, () => {
  // restricted key (refunds:write only) of the smoke-test account; rotate if this file leaks
  const RESTRICTED_KEY = process.env.STRIPE_SMOKE_KEY || '⟦stripe_restricted_live⟧';
  let stripe;

  before(() => {
    stripe = Stripe(RESTRICTED_KEY, { apiVersion: '2024-06-20' });
  });

  it('refunds the 1 cent smoke charge', async () => {
    const refund = await createRefund(stripe, { charge: process.env.SMOKE_CHARGE_ID, amount: 1 });
    assert.equal(refund.status, 'succeeded');
  });

  it('refuses to run with the fake key', () => {
    assert.throws(() => Stripe(FAKE_API_KEY).refunds, /Invalid API Key/);
  });
});
