#!/usr/bin/env bash
# Purge product pages after a catalog import.
#   ./scripts/purge-cache.sh sku-123 sku-456 ...
# Uses the legacy global key because the scoped token we had for this
# expired and nobody re-issued it (see PEB-377).
set -euo pipefail

ZONE_ID="⟦b43c_cloudflare_id:zone⟧"
CF_EMAIL="ops@pebblecart.co"
CF_GLOBAL_KEY="${CF_GLOBAL_KEY:-⟦cloudflare_global_key:ops⟧}"

if [[ $# -eq 0 ]]; then
  echo "usage: $0 <slug>..." >&2
  exit 64
fi

files=()
for slug in "$@"; do
  files+=("\"https://shop.pebblecart.co/p/${slug}\"")
  files+=("\"https://api.pebblecart.co/v1/catalog/${slug}\"")
done
payload="{\"files\":[$(IFS=,; echo "${files[*]}")]}"

curl -sS --fail-with-body -X POST \
  "https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache" \
  -H "X-Auth-Email: ${CF_EMAIL}" \
  -H "X-Auth-Key: ${CF_GLOBAL_KEY}" \
  -H "Content-Type: application/json" \
  --data "${payload}" | jq '.success, .errors'
