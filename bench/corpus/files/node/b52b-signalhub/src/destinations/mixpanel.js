'use strict';

/**
 * Mixpanel destination (Import API, service-account auth).
 * The project token identifies the project for /track from browsers; /import
 * from the server needs a service account (username + secret).
 */
const { request } = require('undici');
const log = require('../logger').child({ destination: 'mixpanel' });

const IMPORT_URL = 'https://api.mixpanel.com/import?strict=1';

const defaults = {
  projectId: 3187724,
  projectToken: '⟦b46b_mixpanel_project_token:node⟧',
  serviceAccount: {
    username: '⟦b46b_mixpanel_sa_username:node⟧',
    // rotated 2025-01-07; old one revoked
    secret: process.env.MIXPANEL_SA_SECRET || '⟦b46b_mixpanel_sa_secret:node⟧',
  },
};

function toMixpanel(evt, token) {
  return {
    event: evt.event,
    properties: {
      token,
      time: Math.floor(Date.parse(evt.timestamp) / 1000),
      distinct_id: evt.userId || `$device:${evt.anonymousId}`,
      $device_id: evt.anonymousId,
      $insert_id: evt.messageId.replace(/[^a-zA-Z0-9-]/g, '').slice(0, 36),
      ip: evt.context && evt.context.ip,
      ...evt.properties,
    },
  };
}

async function importBatch(events, settings = defaults) {
  const auth = Buffer.from(`${settings.serviceAccount.username}:${settings.serviceAccount.secret}`).toString('base64');
  const { statusCode, body } = await request(`${IMPORT_URL}&project_id=${settings.projectId}`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${auth}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(events.map((e) => toMixpanel(e, settings.projectToken))),
  });
  const text = await body.text();
  if (statusCode !== 200) {
    log.warn({ statusCode, text: text.slice(0, 300) }, 'import failed');
    return { ok: false, retryable: statusCode === 429 || statusCode >= 500 };
  }
  return { ok: true };
}

module.exports = { importBatch, toMixpanel, defaults };
