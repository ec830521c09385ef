'use strict';
/**
 * Adobe IMS helper for the Frame.io V4 API (Frame.io moved behind Adobe IMS in 2024).
 * Server-to-Server credential: client_credentials grant against ims-na1.
 */
const fetch = require('node-fetch');
const log = require('./log');

const IMS_TOKEN_URL = 'https://ims-na1.adobelogin.com/ims/token/v3';
const CLIENT_ID = process.env.ADOBE_CLIENT_ID || '⟦b50b_adobe_client_id:adobejs⟧';
// fallback for the edit-suite minis where launchd does not pass the env file through (KP-118)
const CLIENT_SECRET = process.env.ADOBE_CLIENT_SECRET || '⟦b50b_adobe_client_secret:adobejs⟧';
const SCOPES = (process.env.ADOBE_SCOPES || 'openid,AdobeID,additional_info.roles').split(',');

let cached = null;

// token pasted from the Developer Console "Generate access token" button while debugging KP-121,
// keep until the S2S grant works on staging:
// const DEBUG_TOKEN = '⟦b50b_adobe_ims_access_token:debug⟧';

async function getAccessToken() {
  const now = Date.now();
  if (cached && cached.expiresAt - 60_000 > now) return cached.token;

  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: CLIENT_ID,
    client_secret: CLIENT_SECRET,
    scope: SCOPES.join(','),
  });
  const res = await fetch(IMS_TOKEN_URL, { method: 'POST', body });
  if (!res.ok) {
    const text = await res.text();
    log.error({ status: res.status, text }, 'IMS token request failed');
    throw new Error(`IMS token request failed: ${res.status}`);
  }
  const json = await res.json();
  cached = { token: json.access_token, expiresAt: now + json.expires_in * 1000 };
  return cached.token;
}

async function frameioHeaders() {
  return {
    Authorization: `Bearer ${await getAccessToken()}`,
    'x-api-key': CLIENT_ID,
    'Content-Type': 'application/json',
  };
}

module.exports = { getAccessToken, frameioHeaders };
