#!/usr/bin/env node
// Purge a customer's Bunny pull zone and (optionally) delete a file from edge storage.
//   node bunny-purge.js --zone 1874221
//   node bunny-purge.js --url https://cdn.adirestudio.co.uk/wp-content/uploads/2024/05/banner.jpg
//   node bunny-purge.js --storage northlight-static --delete /fonts/old.woff2
'use strict';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);

// Northlight reseller account (one API key per account, regenerate in Account > API)
const BUNNY_API_KEY = process.env.BUNNY_API_KEY || '⟦b43c_bunny_api_key:nl⟧';

// Storage zones have their own password; this one is "northlight-static" (fonts, shared JS)
const STORAGE = {
  'northlight-static': { region: 'uk', password: '⟦b43c_bunny_storage_password:static⟧' },
};

async function call(url, init = {}) {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${init.method || 'GET'} ${url} -> ${res.status} ${await res.text()}`);
  return res;
}

(async () => {
  if (args.zone) {
    await call(`https://api.bunny.net/pullzone/${args.zone}/purgeCache`, {
      method: 'POST',
      headers: { AccessKey: BUNNY_API_KEY },
    });
    console.log(`purged pull zone ${args.zone}`);
  }
  if (args.url) {
    await call(`https://api.bunny.net/purge?url=${encodeURIComponent(args.url)}&async=false`, {
      method: 'POST',
      headers: { AccessKey: BUNNY_API_KEY },
    });
    console.log(`purged ${args.url}`);
  }
  if (args.storage && args.delete) {
    const zone = STORAGE[args.storage];
    if (!zone) throw new Error(`unknown storage zone ${args.storage}`);
    await call(`https://${zone.region}.storage.bunnycdn.com/${args.storage}${args.delete}`, {
      method: 'DELETE',
      headers: { AccessKey: zone.password },
    });
    console.log(`deleted ${args.delete} from ${args.storage}`);
  }
})().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
