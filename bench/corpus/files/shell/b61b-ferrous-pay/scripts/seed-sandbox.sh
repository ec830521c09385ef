#!/usr/bin/env bash
# Seed the Treasury Prime + Unit sandboxes with a handful of business and
# individual customers so the dashboard has something to show.
#
#   ./scripts/seed-sandbox.sh            # both
#   ./scripts/seed-sandbox.sh tp         # treasury prime only
set -euo pipefail

TP_URL="${TREASURY_PRIME_URL:-https://api.sandbox.treasuryprime.com}"
UNIT_URL="${UNIT_API_URL:-https://api.s.unit.sh}"

# pilot sandbox key (shared with the TP solutions engineer during onboarding)
TP_AUTH="${TP_AUTH:-⟦b61b_treasury_prime_key_id:seed⟧:⟦b61b_treasury_prime_key_value:seed⟧}"

seed_tp() {
  echo "==> creating Treasury Prime business applications"
  for name in "Harbor Lane Coffee LLC" "Northgate Bicycle Co" "Okafor & Sons Plumbing"; do
    curl -sS -u "$TP_AUTH" -X POST "$TP_URL/apply/business_application" \
      -H 'Content-Type: application/json' \
      -d "$(jq -n --arg n "$name" '{name:$n, ein:"123456789", phone_number:"4155550123", physical_address:{street_line_1:"1 Market St", city:"San Francisco", state:"CA", postal_code:"94105"}}')" \
      | jq -r '.id'
  done
}

seed_unit() {
  echo "==> creating Unit individual applications"
  curl -sS -X POST "$UNIT_URL/applications" \
    -H "Authorization: Bearer ${UNIT_ORG_TOKEN:-⟦b61b_unit_org_token:seed⟧}" \
    -H 'Content-Type: application/vnd.api+json' \
    --data @fixtures/unit-individual-application.json | jq -r '.data.id'
}

case "${1:-all}" in
  tp) seed_tp ;;
  unit) seed_unit ;;
  all) seed_tp; seed_unit ;;
  *) echo "usage: $0 [tp|unit|all]" >&2; exit 64 ;;
esac
