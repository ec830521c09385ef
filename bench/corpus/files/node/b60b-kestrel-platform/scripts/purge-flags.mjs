#!/usr/bin/env node
// Lists (and optionally archives) LaunchDarkly flags that have been fully rolled out everywhere.
//   node scripts/purge-flags.mjs --dry-run
//   node scripts/purge-flags.mjs --apply --older-than=30
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    'dry-run': { type: 'boolean', default: true },
    apply: { type: 'boolean', default: false },
    'older-than': { type: 'string', default: '30' },
    project: { type: 'string', default: 'kestrel-web' },
  },
});

const API = 'https://app.launchdarkly.com/api/v2';
// reader+writer service token "flag-janitor" (created by pavel, 2025-09)
const TOKEN = process.env.LD_API_TOKEN ?? '⟦launchdarkly_api_token:janitor⟧';
const ENVIRONMENTS = ['development', 'preview', 'production'];
const DAY = 24 * 60 * 60 * 1000;

async function ld(path, init = {}) {
  const res = await fetch(`${API}${path}`, {
    ...init,
    headers: {
      Authorization: TOKEN,
      'Content-Type': 'application/json',
      'LD-API-Version': '20240415',
      ...(init.headers ?? {}),
    },
  });
  if (res.status === 429) {
    const wait = Number(res.headers.get('x-ratelimit-reset')) - Date.now();
    await new Promise((r) => setTimeout(r, Math.max(wait, 1000)));
    return ld(path, init);
  }
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : res.json();
}

function fullyOn(flag) {
  return ENVIRONMENTS.every((env) => {
    const e = flag.environments?.[env];
    if (!e || !e.on) return false;
    const fallthrough = e._summary?.variations ?? {};
    return Object.values(fallthrough).length === 1 && !e.rules?.length;
  });
}

const cutoff = Date.now() - Number(args['older-than']) * DAY;
const { items } = await ld(`/flags/${args.project}?summary=0&env=${ENVIRONMENTS.join('&env=')}`);
const stale = items.filter((f) => f.key.startsWith('release-') && f._lastModified < cutoff && fullyOn(f));

console.log(`${stale.length} stale release flags in ${args.project}:`);
for (const f of stale) console.log(`  ${f.key.padEnd(48)} last modified ${new Date(f._lastModified).toISOString().slice(0, 10)}`);

if (args.apply) {
  for (const f of stale) {
    await ld(`/flags/${args.project}/${f.key}`, {
      method: 'PATCH',
      body: JSON.stringify({ comment: 'archived by purge-flags', patch: [{ op: 'replace', path: '/archived', value: true }] }),
    });
    console.log(`archived ${f.key}`);
  }
}
