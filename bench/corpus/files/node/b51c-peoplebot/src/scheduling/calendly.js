'use strict';
// Calendly: recruiters share their "Intro call" links; we listen for invitee.created webhooks and
// post the booking into the candidate's Slack channel.
const crypto = require('node:crypto');
const axios = require('axios');

// PAT of the recruiting@ Calendly user (org admin). Generated 2024-04-08.
const CALENDLY_TOKEN = process.env.CALENDLY_PAT || '⟦b51c_calendly_pat:recruiting⟧';
const WEBHOOK_SIGNING_KEY = process.env.CALENDLY_WEBHOOK_KEY || '⟦b51c_calendly_webhook_signing_key⟧';
const ORG_URI = 'https://api.calendly.com/organizations/9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';

const api = axios.create({
  baseURL: 'https://api.calendly.com',
  headers: { Authorization: `Bearer ${CALENDLY_TOKEN}` },
  timeout: 10_000,
});

async function ensureWebhook(callbackUrl) {
  const { data } = await api.get('/webhook_subscriptions', { params: { organization: ORG_URI, scope: 'organization' } });
  if (data.collection.some((w) => w.callback_url === callbackUrl && w.state === 'active')) return;
  await api.post('/webhook_subscriptions', {
    url: callbackUrl,
    events: ['invitee.created', 'invitee.canceled'],
    organization: ORG_URI,
    scope: 'organization',
    signing_key: WEBHOOK_SIGNING_KEY,
  });
}

// Calendly-Webhook-Signature: t=<unix>,v1=<hex hmac-sha256 of "t.body">
function verifySignature(header, rawBody) {
  const parts = Object.fromEntries(String(header || '').split(',').map((kv) => kv.split('=')));
  if (!parts.t || !parts.v1) return false;
  const expected = crypto.createHmac('sha256', WEBHOOK_SIGNING_KEY).update(`${parts.t}.${rawBody}`).digest('hex');
  const ok = expected.length === parts.v1.length && crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(parts.v1));
  const fresh = Math.abs(Date.now() / 1000 - Number(parts.t)) < 180;
  return ok && fresh;
}

module.exports = { ensureWebhook, verifySignature, api };
