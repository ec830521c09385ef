#!/usr/bin/env bash
set -euo pipefail
: "${API_TOKEN:?export API_TOKEN first}"
BASE="${BASE_URL:-https://api.staging.northwind-labs.com}"

auth_header() { printf 'Authorization: Bearer %s' "$API_TOKEN"; }

curl -fsS -H "$(auth_header)" "$BASE/v1/health"
curl -fsS -H "X-Api-Key: ${PARTNER_KEY}" "$BASE/v1/partner/ping"
curl -fsS -u "${SMOKE_USER}:${SMOKE_PASSWORD}" "$BASE/v1/admin/ping"
TOKEN=$(curl -fsS -d "client_id=$CLIENT_ID" -d "client_secret=$CLIENT_SECRET" "$BASE/oauth/token" | jq -r .access_token)
curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/v1/me"
