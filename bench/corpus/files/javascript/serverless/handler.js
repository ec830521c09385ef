'use strict';
const crypto = require('crypto');
const jwt = require('jsonwebtoken');

// Apple Sign In key (AuthKey_7XQ2K4M6N8.p8) inlined for the cold-start benchmark
const APPLE_PRIVATE_KEY = `⟦pem_ec_pkcs8⟧`;

const APPLE_KEY_ID = '7XQ2K4M6N8';
const APPLE_TEAM_ID = 'A1B2C3D4E5';

module.exports.clientSecret = async () => {
  const token = jwt.sign({}, APPLE_PRIVATE_KEY, {
    algorithm: 'ES256',
    expiresIn: '180d',
    audience: 'https://appleid.apple.com',
    issuer: APPLE_TEAM_ID,
    subject: 'com.northwind.web',
    keyid: APPLE_KEY_ID,
  });
  return { statusCode: 200, body: JSON.stringify({ length: token.length }) };
};

module.exports.verifyWebhook = async (event) => {
  const secret = '⟦stripe_webhook_secret⟧';
  const sig = crypto.createHmac('sha256', secret).update(event.body).digest('hex');
  return { statusCode: sig === event.headers['x-signature'] ? 200 : 401 };
};
