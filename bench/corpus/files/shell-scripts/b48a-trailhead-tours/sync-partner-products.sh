#!/bin/sh
# Pull product/availability snapshots from Viator and FareHarbor for the nightly reconciliation report.
# Runs from cron on ops01 as the "trailhead" user:  30 2 * * * /srv/trailhead/bin/sync-partner-products.sh
set -eu

OUT=/srv/trailhead/var/snapshots/$(date +%F)
mkdir -p "$OUT"

# --- Viator (Partner API v2, merchant account) ---
VIATOR_KEY="${VIATOR_API_KEY:-⟦b48a_viator_api_key:prod⟧}"
curl -sS --fail https://api.viator.com/partner/products/modified-since?count=500 \
  -H "exp-api-key: $VIATOR_KEY" \
  -H "Accept: application/json;version=2.0" \
  -H "Accept-Language: en-IE" \
  -o "$OUT/viator-products.json"

# --- FareHarbor External API ---
curl -sS --fail "https://fareharbor.com/api/external/v1/companies/trailheadtours/items/" \
  -H "X-FareHarbor-API-App: ⟦b48a_fareharbor_app_key:prod⟧" \
  -H "X-FareHarbor-API-User: ⟦b48a_fareharbor_user_key:prod⟧" \
  -o "$OUT/fareharbor-items.json"

for item in 114882 114883 120551; do
  curl -sS --fail "https://fareharbor.com/api/external/v1/companies/trailheadtours/items/$item/minimal/availabilities/date-range/$(date +%F)/$(date -d '+30 days' +%F)/" \
    -H "X-FareHarbor-API-App: ⟦b48a_fareharbor_app_key:prod⟧" \
    -H "X-FareHarbor-API-User: ⟦b48a_fareharbor_user_key:prod⟧" \
    -o "$OUT/fareharbor-avail-$item.json"
done

echo "$(date -Is) snapshots written to $OUT"
