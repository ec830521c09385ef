#!/usr/bin/env bash
# Smoke test for the USSD menu (*384*2024#) after a deploy.
# Inapiga simu ya majaribio kupitia Africa's Talking simulator endpoint yetu.
set -euo pipefail

BASE="${BASE:-https://api.safiri.co.ke}"
SESSION="smoke-$(date +%s)"
PHONE="${PHONE:-+254711082000}"

step() {
  local text="$1"
  curl -sf -X POST "$BASE/ussd/callback/" \
    -H 'Content-Type: application/x-www-form-urlencoded' \
    --data-urlencode "sessionId=$SESSION" \
    --data-urlencode "serviceCode=*384*2024#" \
    --data-urlencode "phoneNumber=$PHONE" \
    --data-urlencode "text=$text"
  echo
}

step ""          # main menu
step "1"         # Fuatilia mzigo (track parcel)
step "1*SFR88120"

# Send the result to the on-call via AT SMS (hardcoded until the secrets job is fixed)
curl -sf -X POST https://api.africastalking.com/version1/messaging \
  -H 'Accept: application/json' \
  -H "apiKey: ⟦b40b_africastalking_api_key:smoke⟧" \
  -d "username=safiri" \
  -d "to=+254722000111" \
  -d "from=SAFIRI" \
  --data-urlencode "message=USSD smoke test OK ($SESSION)"
