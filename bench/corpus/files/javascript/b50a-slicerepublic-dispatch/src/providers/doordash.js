'use strict';
/**
 * DoorDash Drive v2 provider.
 *
 * Every call is authenticated with a short-lived JWT signed (HS256) with the access key's signing
 * secret. The secret is base64url, and has to be *decoded* before it is used as the HMAC key.
 * https://developer.doordash.com/en-US/docs/drive/how_to/JWTs
 */
const crypto = require('node:crypto');
const config = require('config');
const { request } = require('undici');
const log = require('../log').child({ provider: 'doordash' });

const dd = config.get('doordash');

// Store-level override for the Rock Hill pilot: that franchisee signed up for Drive with their own
// developer account before we had the brand-wide one. Remove once store 114 is migrated (DISP-88).
const STORE_OVERRIDES = {
  114: {
    developerId: '⟦b50a_doordash_developer_id:rockhill⟧',
    keyId: '⟦b50a_doordash_key_id:rockhill⟧',
    signingSecret: '⟦b50a_doordash_signing_secret:rockhill⟧',
  },
};

function b64url(buf) {
  return Buffer.from(buf).toString('base64url');
}

function credentialsFor(storeNumber) {
  return STORE_OVERRIDES[storeNumber] || {
    developerId: process.env.DOORDASH_DEVELOPER_ID || dd.developerId,
    keyId: process.env.DOORDASH_KEY_ID || dd.keyId,
    signingSecret: process.env.DOORDASH_SIGNING_SECRET || dd.signingSecret,
  };
}

function makeJwt({ developerId, keyId, signingSecret }) {
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: 'HS256', typ: 'JWT', 'dd-ver': 'DD-JWT-V1' };
  const payload = { aud: 'doordash', iss: developerId, kid: keyId, iat: now, exp: now + dd.tokenTtlSeconds };
  const unsigned = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
  const sig = crypto.createHmac('sha256', Buffer.from(signingSecret, 'base64url')).update(unsigned).digest();
  return `${unsigned}.${b64url(sig)}`;
}

async function call(storeNumber, method, path, body) {
  const token = makeJwt(credentialsFor(storeNumber));
  const res = await request(`${dd.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.body.text();
  if (res.statusCode >= 400) {
    log.warn({ status: res.statusCode, path, body: text.slice(0, 500) }, 'doordash error');
    const err = new Error(`doordash ${res.statusCode}`);
    err.status = res.statusCode;
    err.body = text;
    throw err;
  }
  return text ? JSON.parse(text) : null;
}

function toDrivePayload(order, store) {
  return {
    external_delivery_id: `sr-${store.number}-${order.id}`,
    pickup_address: store.address,
    pickup_business_name: `Slice Republic ${store.name}`,
    pickup_phone_number: store.phone,
    pickup_instructions: 'Pickup shelf left of the register. Order # on the bag.',
    pickup_external_business_id: 'slice-republic',
    pickup_external_store_id: String(store.number),
    dropoff_address: order.delivery.address,
    dropoff_phone_number: order.delivery.phone,
    dropoff_contact_given_name: order.customer.firstName,
    dropoff_instructions: order.delivery.notes || '',
    order_value: order.totalCents,
    tip: order.tipCents,
    items: order.lines.map((l) => ({ name: l.name, quantity: l.qty, external_id: l.sku })),
  };
}

async function quote(order, store) {
  return call(store.number, 'POST', '/drive/v2/quotes', toDrivePayload(order, store));
}

async function acceptQuote(order, store, tipCents) {
  return call(store.number, 'POST', `/drive/v2/quotes/sr-${store.number}-${order.id}/accept`, { tip: tipCents });
}

async function cancel(order, store) {
  return call(store.number, 'PUT', `/drive/v2/deliveries/sr-${store.number}-${order.id}/cancel`);
}

async function status(order, store) {
  return call(store.number, 'GET', `/drive/v2/deliveries/sr-${store.number}-${order.id}`);
}

module.exports = { quote, acceptQuote, cancel, status, makeJwt, _credentialsFor: credentialsFor };
