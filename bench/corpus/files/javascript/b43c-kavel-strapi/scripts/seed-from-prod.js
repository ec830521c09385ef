#!/usr/bin/env node
/**
 * Copy published "bikes" and "workshops" entries from the production CMS into a local
 * Strapi so the frontend team can work with real content.
 *
 *   node scripts/seed-from-prod.js --only=bikes
 *
 * Uses a read-only API token from production (Settings > API Tokens > "local-seed",
 * type read-only, no expiry). The local instance gets a full-access token from .env.
 */
'use strict';

const PROD_URL = 'https://cms.fietsfabriek.nl';
const PROD_TOKEN =
  process.env.PROD_STRAPI_TOKEN ||
  '⟦b43c_strapi_api_token:seed⟧';

const LOCAL_URL = process.env.LOCAL_STRAPI_URL || 'http://localhost:1337';
const LOCAL_TOKEN = process.env.LOCAL_STRAPI_TOKEN; // created by `npm run setup:local`

const only = (process.argv.find((a) => a.startsWith('--only=')) || '').split('=')[1];
const collections = (only ? [only] : ['bikes', 'workshops']);

async function get(path) {
  const res = await fetch(`${PROD_URL}/api/${path}`, {
    headers: { Authorization: `Bearer ${PROD_TOKEN}` },
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

async function post(collection, data) {
  const res = await fetch(`${LOCAL_URL}/api/${collection}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${LOCAL_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ data }),
  });
  if (!res.ok) console.warn(`  ! ${collection}: ${res.status}`);
}

(async () => {
  if (!LOCAL_TOKEN) {
    console.error('LOCAL_STRAPI_TOKEN missing – run `npm run setup:local` first');
    process.exit(1);
  }
  for (const c of collections) {
    let page = 1;
    for (;;) {
      const { data, meta } = await get(`${c}?populate=*&pagination[page]=${page}&pagination[pageSize]=50`);
      for (const entry of data) {
        const { id, attributes } = entry;
        delete attributes.createdAt;
        delete attributes.updatedAt;
        await post(c, attributes);
        process.stdout.write('.');
      }
      if (page >= meta.pagination.pageCount) break;
      page += 1;
    }
    console.log(`\n${c} done`);
  }
})();
