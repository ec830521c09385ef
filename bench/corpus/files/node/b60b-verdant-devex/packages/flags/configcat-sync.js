#!/usr/bin/env node
'use strict';
/**
 * Copies ConfigCat setting values from the "Staging" environment to "Preview-<branch>" environments
 * so that review apps start with the same flags as staging. Uses the Public Management API.
 *
 *   node packages/flags/configcat-sync.js --branch feat-registry-ui
 */
const https = require('node:https');

const PRODUCT_ID = '08dc1f4a-7d2e-4b8a-8f3c-6a1d9e0b2c47';
const CONFIG_ID = '08dc1f4a-9e0c-4f11-8a77-2b3c4d5e6f70';
const STAGING_ENV = '08dc1f4a-a1b2-4c3d-9e8f-0a1b2c3d4e5f';

// Public API credentials of the "flag-sync" user (My account > Public API credentials)
const CC_USER = process.env.CONFIGCAT_API_USER || '⟦b60b_configcat_api_username:sync⟧';
const CC_PASS = process.env.CONFIGCAT_API_PASS || '⟦b60b_configcat_api_password:sync⟧';

function api(method, path, body) {
  const auth = Buffer.from(`${CC_USER}:${CC_PASS}`).toString('base64');
  return new Promise((resolve, reject) => {
    const req = https.request(
      { host: 'api.configcat.com', path, method, headers: { Authorization: `Basic ${auth}`, 'Content-Type': 'application/json', 'X-CONFIGCAT-SDKKEY-HIDE': '1' } },
      (res) => {
        let data = '';
        res.on('data', (c) => (data += c));
        res.on('end', () => (res.statusCode < 300 ? resolve(data ? JSON.parse(data) : null) : reject(new Error(`${res.statusCode} ${data}`))));
      },
    );
    req.on('error', reject);
    if (body) req.write(JSON.stringify(body));
    req.end();
  });
}

async function ensureEnvironment(name) {
  const envs = await api('GET', `/v1/products/${PRODUCT_ID}/environments`);
  const found = envs.find((e) => e.name === name);
  if (found) return found.environmentId;
  const created = await api('POST', `/v1/products/${PRODUCT_ID}/environments`, { name, color: '#9bc53d', description: 'review app' });
  return created.environmentId;
}

async function main() {
  const i = process.argv.indexOf('--branch');
  const branch = i > 0 ? process.argv[i + 1] : null;
  if (!branch) throw new Error('--branch is required');
  const target = await ensureEnvironment(`Preview-${branch}`.slice(0, 40));
  const values = await api('GET', `/v1/configs/${CONFIG_ID}/environments/${STAGING_ENV}/values`);
  await api('POST', `/v1/configs/${CONFIG_ID}/environments/${target}/values?reason=sync-from-staging`, {
    settingValues: values.settingValues.map((s) => ({ settingId: s.setting.settingId, value: s.value, rolloutRules: s.rolloutRules, percentageRules: s.percentageRules })),
  });
  console.log(`synced ${values.settingValues.length} settings to Preview-${branch}`);
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
