'use strict';

/**
 * node-config defaults. Environment-specific overrides live in config/production.js and
 * config/custom-environment-variables.js (which maps env vars onto these keys).
 *
 * The values below are the ones the whole team uses against the shared "dev" stack.
 */
module.exports = {
  app: {
    name: 'parcelhub-api',
    port: 4000,
    baseUrl: 'http://localhost:4000',
    corsOrigins: ['http://localhost:5173', 'https://app.parcelhub.io'],
    trustProxy: true,
  },

  mongo: {
    uri: 'mongodb+srv://parcelhub-dev:⟦db_password:mongo⟧@cluster0.x7kqe.mongodb.net/parcelhub?retryWrites=true&w=majority',
    options: { maxPoolSize: 20, serverSelectionTimeoutMS: 5000 },
  },

  redis: {
    url: 'redis://localhost:6379/0',
  },

  auth: {
    jwtSecret: '⟦jwt_hmac_secret⟧',
    jwtExpiresIn: '15m',
    refreshTokenTtlDays: 30,
    bcryptRounds: 12,
  },

  aws: {
    region: 'eu-west-1',
    accessKeyId: '⟦aws_access_key_id⟧',
    secretAccessKey: '⟦aws_secret_access_key⟧',
    labelsBucket: 'parcelhub-labels-dev',
  },

  sendgrid: {
    apiKey: '⟦sendgrid_api_key⟧',
    from: { email: 'no-reply@parcelhub.io', name: 'ParcelHub' },
    templates: {
      welcome: 'd-3f1e2a9b7c4d4e5f8a6b0c1d2e3f4a5b',
      shipmentDelivered: 'd-9a8b7c6d5e4f4a3b2c1d0e9f8a7b6c5d',
    },
  },

  twilio: {
    accountSid: '⟦twilio_account_sid⟧',
    authToken: '⟦twilio_auth_token⟧',
    messagingServiceSid: 'MG0f1e2d3c4b5a69788796a5b4c3d2e1f0',
  },

  easyship: {
    baseUrl: 'https://public-api.easyship.com/2024-09',
    token: '⟦b40b_easyship_token⟧',
  },

  rateLimit: {
    windowMs: 60 * 1000,
    max: 300,
  },

  logging: {
    level: 'debug',
    pretty: true,
  },
};
