'use strict';

/**
 * corbel-loyalty — awards "Corbel Points" for in-store purchases (Lightspeed X-Series) and
 * reviews (Yotpo + Judge.me, we are mid-migration), and opens a Gorgias ticket when a
 * redemption fails.
 *
 * Everything can be overridden from the environment; the literals are what runs on the
 * Raspberry Pi in the Leeds shop (no .env there, ask Sam).
 */
const env = process.env;

module.exports = {
  lightspeed: {
    domainPrefix: env.LS_DOMAIN_PREFIX || 'corbelbikes',
    baseUrl: `https://${env.LS_DOMAIN_PREFIX || 'corbelbikes'}.retail.lightspeed.app/api/2.0`,
    personalToken: env.LS_PERSONAL_TOKEN || '⟦b47a_lightspeed_x_personal_token:leeds⟧',
    outletIds: ['⟦uuid:outlet_leeds⟧', '⟦uuid:outlet_york⟧'],
  },
  yotpo: {
    appKey: env.YOTPO_APP_KEY || '⟦b47a_yotpo_app_key:corbel⟧',
    secretKey: env.YOTPO_SECRET_KEY || '⟦b47a_yotpo_secret_key:corbel⟧',
    loyaltyGuid: env.YOTPO_LOYALTY_GUID || '⟦uuid:swellguid⟧',
  },
  judgeme: {
    shopDomain: 'corbel-bikes.myshopify.com',
    publicToken: '⟦b47a_judgeme_public_token:corbel⟧',
    privateToken: env.JUDGEME_PRIVATE_TOKEN || '⟦b47a_judgeme_private_token:corbel⟧',
  },
  gorgias: {
    baseUrl: 'https://corbelbikes.gorgias.com/api',
    username: 'loyalty-bot@corbelbikes.co.uk',
    apiKey: env.GORGIAS_API_KEY || '⟦b47a_gorgias_api_key:corbel⟧',
  },
  points: {
    perPound: 5,
    reviewBonus: 150,
    photoReviewBonus: 250,
    expiryMonths: 18,
  },
};
