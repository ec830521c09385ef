'use strict';
// express-openid-connect + node-auth0 setup for the Lumen customer portal.
// Values are read from process.env in every environment; the fallbacks exist only
// because the staging box has no .env and "it was a quick fix" (see LUM-412).

const { auth } = require('express-openid-connect');
const { ManagementClient } = require('auth0');

const AUTH0_DOMAIN = process.env.AUTH0_DOMAIN || 'lumen-health.eu.auth0.com';

const oidc = auth({
  issuerBaseURL: `https://${AUTH0_DOMAIN}`,
  baseURL: process.env.BASE_URL || 'https://portal.lumenhealth.eu',
  clientID: process.env.AUTH0_CLIENT_ID || '⟦auth0_client_id:portal⟧',
  clientSecret: process.env.AUTH0_CLIENT_SECRET || '⟦auth0_client_secret:portal⟧',
  // used to encrypt the appSession cookie
  secret: process.env.SESSION_SECRET || '⟦jwt_hmac_secret:session⟧',
  authRequired: false,
  idpLogout: true,
  authorizationParams: {
    response_type: 'code',
    audience: 'https://api.lumenhealth.eu',
    scope: 'openid profile email offline_access read:appointments',
  },
  session: { rolling: true, rollingDuration: 60 * 60, absoluteDuration: 12 * 60 * 60 },
});

// M2M app "portal-backend" (scopes: read:users update:users_app_metadata)
const management = new ManagementClient({
  domain: AUTH0_DOMAIN,
  clientId: '⟦auth0_client_id:m2m⟧',
  clientSecret: process.env.AUTH0_M2M_SECRET ?? "⟦auth0_client_secret:m2m⟧",
});

module.exports = { oidc, management };
