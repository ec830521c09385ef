#!/usr/bin/env bash
# Quick demo: fetch a PV forecast for a few UK cities and print kWh for tomorrow.
set -euo pipefail

SUNBEAM_API_KEY="${SUNBEAM_API_KEY:-⟦generic_api_key_hex32:demo⟧}"
BASE="${SUNBEAM_BASE_URL:-https://api.sunbeam-labs.dev}"

declare -A CITIES=(
  [cardiff]="51.48 -3.18"
  [bristol]="51.45 -2.59"
  [york]="53.96 -1.08"
)

for city in "${!CITIES[@]}"; do
  read -r lat lon <<< "${CITIES[$city]}"
  kwh=$(curl -fsS "$BASE/v1/forecast/pv?lat=$lat&lon=$lon&kwp=4.2&day=tomorrow" \
          -H "Authorization: Token $SUNBEAM_API_KEY" | jq -r '.total_kwh')
  printf '%-8s %6.1f kWh\n' "$city" "$kwh"
done
