'use strict';
// Default config for sr-dispatch (node-config). Environment overrides live in custom-environment-variables.js.
// Drive/Direct credentials are per-brand, not per-store: one DoorDash Drive access key and one Uber
// Direct app for the whole franchise; the store is passed as pickup_external_business_id / store id.

module.exports = {
  port: 8080,
  logLevel: 'info',

  database: {
    url: 'postgres://dispatch:dispatch@localhost:5432/dispatch',
  },

  doordash: {
    baseUrl: 'https://openapi.doordash.com',
    // Access Key "sr-dispatch-prod" from the DoorDash Developer Portal
    developerId: '⟦b50a_doordash_developer_id:prod⟧',
    keyId: '⟦b50a_doordash_key_id:prod⟧',
    signingSecret: '⟦b50a_doordash_signing_secret:prod⟧',
    tokenTtlSeconds: 300,
  },

  uberDirect: {
    authUrl: 'https://auth.uber.com/oauth/v2/token',
    baseUrl: 'https://api.uber.com/v1/customers',
    customerId: '⟦uuid:ubercustomer⟧',
    clientId: '⟦b50a_uber_client_id:direct⟧',
    clientSecret: '⟦b50a_uber_client_secret:direct⟧',
    scope: 'eats.deliveries',
  },

  square: {
    webhookSignatureKey: process.env.SQUARE_WEBHOOK_SIGNATURE_KEY || '',
    notificationUrl: 'https://dispatch.slicerepublic.com/webhooks/square',
  },

  quoteStrategy: {
    // pick the cheaper provider unless the ETA difference is > 8 minutes
    maxEtaPenaltyMinutes: 8,
    fallbackOrder: ['doordash', 'uber'],
  },
};
