#!/usr/bin/env node
// One-off: rotate the client secret of every M2M app listed below.
// Needs a Management API token with update:client_keys. Grab one from
// Dashboard > APIs > Auth0 Management API > API Explorer (valid 24h).
//
//   node scripts/rotate-m2m.js
'use strict';

const DOMAIN = 'lumen-health.eu.auth0.com';
const TOKEN =
  '⟦auth0_mgmt_token:explorer⟧';

const CLIENTS = [
  { name: 'portal-backend', id: '⟦auth0_client_id:m2m⟧' },
  { name: 'billing-worker', id: '⟦auth0_client_id:billing⟧' },
  { name: 'reporting', id: '⟦auth0_client_id:reporting⟧' },
];

async function rotate({ name, id }) {
  const res = await fetch(`https://${DOMAIN}/api/v2/clients/${id}/rotate-secret`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
  });
  if (!res.ok) throw new Error(`${name}: HTTP ${res.status} ${await res.text()}`);
  const body = await res.json();
  console.log(`${name}: rotated; new secret ends with ...${body.client_secret.slice(-4)}`);
}

(async () => {
  for (const c of CLIENTS) await rotate(c);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
