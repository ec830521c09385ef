'use strict';

// Per-client settings for the webhook relay. Each client gets its own
// provider credentials; the relay verifies the provider signature, then
// forwards a normalised event to the client's own endpoint.
//
// NOTE: values here are *defaults* for the clients we host ourselves.
// Self-hosting clients override everything through env (see README).

const env = process.env;

module.exports = {
  port: Number(env.PORT || 3400),
  forwardTimeoutMs: 8000,

  clients: {
    'koffiebar-delft': {
      forwardTo: 'https://koffiebar-delft.nl/api/hooklane',
      forwardSecret: env.KOFFIEBAR_FORWARD_SECRET || '⟦webhook_signing_secret:koffiebar⟧',
      square: {
        environment: 'production',
        applicationId: '⟦b42b_square_application_id⟧',
        locationId: '⟦b42b_square_location_id⟧',
        accessToken: env.KOFFIEBAR_SQUARE_TOKEN || '⟦square_access_token⟧',
        signatureKey: '⟦b42b_square_webhook_signature_key⟧',
        notificationUrl: 'https://hooks.hooklane.dev/square/koffiebar-delft',
      },
    },

    'yoga-nest': {
      forwardTo: 'https://yoganest.co.uk/wp-json/hooklane/v1/event',
      forwardSecret: env.YOGANEST_FORWARD_SECRET,
      paypal: {
        mode: 'live',
        clientId: '⟦paypal_client_id⟧',
        clientSecret: env.YOGANEST_PAYPAL_SECRET || '⟦paypal_client_secret⟧',
        webhookId: '⟦b42b_paypal_webhook_id⟧',
      },
    },

    'chai-and-co': {
      forwardTo: 'https://chaiandco.in/hooks/payments',
      forwardSecret: env.CHAI_FORWARD_SECRET,
      razorpay: {
        keyId: '⟦razorpay_key_id⟧',
        keySecret: env.CHAI_RAZORPAY_SECRET,
        // set in Razorpay Dashboard > Webhooks > Secret
        webhookSecret: env.CHAI_RAZORPAY_WEBHOOK_SECRET || 'chai&co-hooks-2024',
      },
    },
  },
};
