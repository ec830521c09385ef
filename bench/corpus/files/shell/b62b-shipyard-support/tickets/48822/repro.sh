#!/usr/bin/env bash
# repro for #48822 "netlify → shipyard DNS handover leaves stale records"
# sent by the customer (Yusuf, Lanternfish Games); run from a clean checkout of their site repo
set -x

NETLIFY_AUTH_TOKEN=⟦netlify_token:repro⟧
SITE_ID=3c9e1f7a-4b2d-4e8f-a6c0-d5b7e9f1a2c4
SUPABASE_TOKEN="⟦b40c_supabase_access_token:repro⟧"
SUPABASE_PROJECT_REF=qzkvbxwplrntmhdcsafe

# 1. list DNS records netlify still holds for the zone
curl -s -H "Authorization: Bearer $NETLIFY_AUTH_TOKEN" \
  "https://api.netlify.com/api/v1/dns_zones/lanternfish-games_com/dns_records" | jq '.[] | {hostname, type, value}'

# 2. detach custom domain from the netlify site
curl -s -X PATCH -H "Authorization: Bearer $NETLIFY_AUTH_TOKEN" -H 'content-type: application/json' \
  -d '{"custom_domain": null}' "https://api.netlify.com/api/v1/sites/$SITE_ID"

# 3. point the supabase auth redirect at the new host
curl -s -X PATCH "https://api.supabase.com/v1/projects/$SUPABASE_PROJECT_REF/config/auth" \
  -H "Authorization: Bearer $SUPABASE_TOKEN" -H 'content-type: application/json' \
  -d '{"site_url":"https://play.lanternfish-games.com"}'

# 4. shipyard side
shipyard domains add play.lanternfish-games.com --app lanternfish-web
shipyard domains verify play.lanternfish-games.com --app lanternfish-web
