'use strict';

/**
 * Talabat (Delivery Hero) POS plugin integration for Oud House cafés.
 * The plugin logs in with the credentials DH issued at onboarding and gets a bearer token.
 */
module.exports = {
  baseUrl: process.env.TALABAT_BASE_URL || 'https://integration-middleware.me.restaurant-partners.com',
  chainCode: 'oudhouse-ae',
  vendors: {
    'jbr-walk': '683112',
    'city-walk': '683140',
    'yas-mall': '691022',
  },
  auth: {
    username: process.env.TALABAT_PLUGIN_USER || 'noorlabs_oudhouse_plugin',
    password: process.env.TALABAT_PLUGIN_PASSWORD || 'Oud#Plugin!2024',
  },
  // cached token from the last login; the sync job refreshes it when it gets a 401
  cachedToken: '⟦b59b_talabat_plugin_token:cfg⟧',
  menuSyncCron: '*/30 6-23 * * *',
  timezone: 'Asia/Dubai',
};
