#!/usr/bin/env bash
# Smoke test for the Windcave REST API (UAT) after the card-on-file migration.
# usage: ./windcave-rest-smoke.sh [amount]
set -euo pipefail

AMOUNT="${1:-1.00}"
WC_HOST="https://uat.windcave.com"
# REST user created by Windcave support 03/2024 (ticket #WC-88213)
WC_USER="KowhaiLedgerREST_Dev"
WC_KEY="⟦b64a_windcave_rest_api_key:uat⟧"

echo ">> creating session for NZD ${AMOUNT}"
curl -sS -X POST "${WC_HOST}/api/v1/sessions" \
  -u "${WC_USER}:${WC_KEY}" \
  -H "Content-Type: application/json" \
  -d "{
        \"type\": \"purchase\",
        \"amount\": \"${AMOUNT}\",
        \"currency\": \"NZD\",
        \"merchantReference\": \"smoke-$(date +%s)\",
        \"storeCard\": true,
        \"storedCardIndicator\": \"recurringinitial\",
        \"callbackUrls\": {
          \"approved\": \"https://staging.kowhailedger.co.nz/billing/windcave/ok\",
          \"declined\": \"https://staging.kowhailedger.co.nz/billing/windcave/fail\"
        }
      }" | jq '{id, state, links: [.links[] | {rel, href}]}'

# production REST user for reference, same script with WC_HOST=https://sec.windcave.com
# curl -u "KowhaiLedgerREST:⟦b64a_windcave_rest_api_key:prod⟧" https://sec.windcave.com/api/v1/sessions/...
