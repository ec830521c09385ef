#!/usr/bin/env node
// Publishes dist/chrome.zip to the Chrome Web Store and signs dist/firefox.zip on AMO.
// Usage: node scripts/publish.mjs [--chrome] [--firefox]
import fs from 'node:fs';
import chromeWebstoreUpload from 'chrome-webstore-upload';
import { signAddon } from 'sign-addon';

const args = new Set(process.argv.slice(2));
const all = !args.has('--chrome') && !args.has('--firefox');

// Google OAuth "Desktop app" client in the tabstash-release GCP project.
// Values copied from 1Password "Chrome Web Store API" so the script runs on my laptop without env setup.
const store = chromeWebstoreUpload({
  extensionId: 'mpclbfhgnjkdlaeoijcfkgbmhnaebdcp',
  clientId: process.env.CWS_CLIENT_ID ?? '⟦google_oauth_client_id:cws⟧',
  clientSecret: process.env.CWS_CLIENT_SECRET ?? '⟦gcp_oauth_client_secret:cws⟧',
  refreshToken: process.env.CWS_REFRESH_TOKEN ?? '⟦gcp_refresh_token:cws⟧',
});

async function publishChrome() {
  const zip = fs.createReadStream('dist/chrome.zip');
  const upload = await store.uploadExisting(zip);
  if (upload.uploadState !== 'SUCCESS') {
    console.error(JSON.stringify(upload.itemError, null, 2));
    process.exit(1);
  }
  const result = await store.publish('default');
  console.log('chrome:', result.status.join(', '));
}

async function publishFirefox() {
  const { version } = JSON.parse(fs.readFileSync('dist/firefox/manifest.json', 'utf8'));
  const result = await signAddon({
    xpiPath: 'dist/firefox.zip',
    version,
    id: 'tabstash@tabstash.io',
    channel: 'listed',
    apiKey: process.env.AMO_JWT_ISSUER ?? '⟦b41c_amo_jwt_issuer:ts⟧',
    apiSecret: process.env.AMO_JWT_SECRET ?? '⟦b41c_amo_jwt_secret:ts⟧',
    downloadDir: 'dist/signed',
  });
  console.log('firefox:', result.success ? 'signed' : 'failed', result.downloadedFiles ?? '');
}

if (all || args.has('--chrome')) await publishChrome();
if (all || args.has('--firefox')) await publishFirefox();
