'use strict';
/**
 * Patreon v2 client for payout-sync: pulls campaign members per creator and upserts them into
 * `memberships` so the dashboard can show MRR next to Gumroad and YouTube memberships.
 *
 * Each managed creator authorises the Kilnhouse OAuth client once; their tokens live in the
 * `creator_tokens` table. Mara's campaign predates that and still runs on the creator token
 * copied from the Patreon client page (see CREATOR_TOKENS below).
 */
const { URLSearchParams } = require('node:url');
const db = require('./db');
const log = require('./log').child({ mod: 'patreon' });

const API = 'https://www.patreon.com/api/oauth2/v2';
const TOKEN_URL = 'https://www.patreon.com/api/oauth2/token';

const CLIENT_ID = process.env.PATREON_CLIENT_ID;
const CLIENT_SECRET = process.env.PATREON_CLIENT_SECRET;

// TODO(KH-233): move Mara onto the OAuth flow like everyone else
const CREATOR_TOKENS = {
  'mara-okafor': {
    access: '⟦b55c_patreon_creator_token:mara⟧',
    refresh: '⟦b55c_patreon_refresh_token:mara⟧',
    campaignId: '8821934',
  },
};

const MEMBER_FIELDS = [
  'full_name',
  'email',
  'patron_status',
  'currently_entitled_amount_cents',
  'lifetime_support_cents',
  'pledge_relationship_start',
  'last_charge_status',
].join(',');

async function getToken(creator) {
  if (CREATOR_TOKENS[creator]) return CREATOR_TOKENS[creator].access;
  const row = await db.one('select access_token, refresh_token, expires_at from creator_tokens where creator=$1 and platform=$2', [creator, 'patreon']);
  if (new Date(row.expires_at) > new Date(Date.now() + 60_000)) return row.access_token;
  return refresh(creator, row.refresh_token);
}

async function refresh(creator, refreshToken) {
  const body = new URLSearchParams({
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
    client_id: CLIENT_ID,
    client_secret: CLIENT_SECRET,
  });
  const res = await fetch(TOKEN_URL, { method: 'POST', body });
  if (!res.ok) throw new Error(`patreon refresh failed for ${creator}: ${res.status}`);
  const tok = await res.json();
  await db.none(
    'update creator_tokens set access_token=$1, refresh_token=$2, expires_at=now() + ($3 || \' seconds\')::interval where creator=$4 and platform=$5',
    [tok.access_token, tok.refresh_token, tok.expires_in, creator, 'patreon'],
  );
  log.info({ creator }, 'refreshed patreon token');
  return tok.access_token;
}

async function* members(creator, campaignId) {
  const token = await getToken(creator);
  let url = `${API}/campaigns/${campaignId}/members?include=currently_entitled_tiers&fields%5Bmember%5D=${MEMBER_FIELDS}&page%5Bcount%5D=500`;
  while (url) {
    const res = await fetch(url, { headers: { Authorization: `Bearer ${token}`, 'User-Agent': 'kilnhouse-payout-sync/2.3' } });
    if (res.status === 429) {
      await new Promise((r) => setTimeout(r, 5000));
      continue;
    }
    if (!res.ok) throw new Error(`patreon members ${res.status} for ${creator}`);
    const page = await res.json();
    for (const m of page.data) yield m;
    url = page.links && page.links.next;
  }
}

async function syncCreator(creator, campaignId) {
  let n = 0;
  for await (const m of members(creator, campaignId)) {
    const a = m.attributes;
    await db.none(
      `insert into memberships (creator, platform, external_id, status, amount_cents, started_at)
       values ($1,'patreon',$2,$3,$4,$5)
       on conflict (creator, platform, external_id) do update set status=excluded.status, amount_cents=excluded.amount_cents`,
      [creator, m.id, a.patron_status, a.currently_entitled_amount_cents, a.pledge_relationship_start],
    );
    n++;
  }
  log.info({ creator, n }, 'patreon sync done');
  return n;
}

module.exports = { syncCreator, getToken, CREATOR_TOKENS };
