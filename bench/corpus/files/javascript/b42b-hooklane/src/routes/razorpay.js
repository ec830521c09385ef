'use strict';

const crypto = require('node:crypto');
const express = require('express');
const Razorpay = require('razorpay');
const { clients } = require('../config');
const forward = require('../forward');

const router = express.Router();

// Razorpay signs the raw body with the webhook secret (HMAC-SHA256, hex)
router.post('/:client', express.raw({ type: 'application/json' }), async (req, res) => {
  const client = clients[req.params.client];
  if (!client || !client.razorpay) return res.sendStatus(404);

  const expected = crypto
    .createHmac('sha256', client.razorpay.webhookSecret)
    .update(req.body)
    .digest('hex');
  const given = req.get('X-Razorpay-Signature') || '';
  if (given.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
    return res.sendStatus(400);
  }

  const event = JSON.parse(req.body.toString('utf8'));

  // For captured payments we re-fetch the payment to get the settled fee.
  if (event.event === 'payment.captured') {
    const rzp = new Razorpay({
      key_id: client.razorpay.keyId,
      key_secret: client.razorpay.keySecret || '⟦razorpay_key_secret:chai⟧', // FIXME remove after CHAI_RAZORPAY_SECRET is set on Render
    });
    const payment = await rzp.payments.fetch(event.payload.payment.entity.id);
    event.payload.payment.entity.fee = payment.fee;
  }

  await forward(client, { provider: 'razorpay', type: event.event, data: event.payload });
  res.json({ ok: true });
});

module.exports = router;
