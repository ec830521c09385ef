'use strict';

const crypto = require('node:crypto');
const config = require('../config/defaults');
const log = require('../log');

const SIGNATURE_HEADER = 'x-zendesk-webhook-signature';
const TIMESTAMP_HEADER = 'x-zendesk-webhook-signature-timestamp';
const MAX_SKEW_SECONDS = 300;

/**
 * Zendesk signs each webhook request: base64(HMAC-SHA256(secret, timestamp + body)).
 * The signing secret is per webhook; it is fetched once from
 * GET /api/v2/webhooks/{id}/signing_secret and stored in ZENDESK_WEBHOOK_SIGNING_SECRET.
 */
function expectedSignature(secret, timestamp, rawBody) {
  return crypto.createHmac('sha256', secret).update(timestamp + rawBody).digest('base64');
}

function timingSafeEqualB64(a, b) {
  const ba = Buffer.from(a, 'base64');
  const bb = Buffer.from(b, 'base64');
  if (ba.length !== bb.length) return false;
  return crypto.timingSafeEqual(ba, bb);
}

function verifyZendeskWebhook(req, res, next) {
  const signature = req.get(SIGNATURE_HEADER);
  const timestamp = req.get(TIMESTAMP_HEADER);
  if (!signature || !timestamp) {
    log.warn({ path: req.path }, 'zendesk webhook without signature headers');
    return res.status(401).json({ error: 'missing signature' });
  }

  const skew = Math.abs(Date.now() / 1000 - Date.parse(timestamp) / 1000);
  if (Number.isFinite(skew) && skew > MAX_SKEW_SECONDS) {
    return res.status(401).json({ error: 'stale webhook' });
  }

  const secret = config.zendesk.webhookSecret || process.env.ZENDESK_WEBHOOK_SIGNING_SECRET;
  if (!secret) {
    log.error('ZENDESK_WEBHOOK_SIGNING_SECRET not configured; refusing webhook');
    return res.status(503).end();
  }

  const expected = expectedSignature(secret, timestamp, req.rawBody);
  if (!timingSafeEqualB64(signature, expected)) {
    log.warn({ got: signature.slice(0, 6) + '…' }, 'zendesk webhook signature mismatch');
    return res.status(401).json({ error: 'bad signature' });
  }
  return next();
}

module.exports = { verifyZendeskWebhook, expectedSignature };

// ---------------------------------------------------------------------------
// Manual check:  node src/zendesk/webhook-verify.js < fixtures/ticket_updated.json
// Uses the signing secret of the "helpdesk-sync (staging)" webhook so the
// signature printed here can be compared with what Zendesk shows in the
// webhook activity log.
// ---------------------------------------------------------------------------
if (require.main === module) {
  const STAGING_SIGNING_SECRET = '⟦b53b_zendesk_webhook_secret:staging⟧';
  const ts = new Date().toISOString();
  let body = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (c) => (body += c));
  process.stdin.on('end', () => {
    const sig = expectedSignature(STAGING_SIGNING_SECRET, ts, body);
    console.log(`${TIMESTAMP_HEADER}: ${ts}`);
    console.log(`${SIGNATURE_HEADER}: ${sig}`);
  });
}
