#!/usr/bin/env bash
# Post-deploy smoke test for Report it / Pay it.
# Usage: ./scripts/smoke-test.sh https://reportit.staging.brackenford.gov.uk
set -euo pipefail

BASE="${1:-http://localhost:3000}"
PAY_KEY="${PAY_API_KEY:-⟦b66a_govuk_pay_test_key:smoke⟧}"

echo "== health"
curl -fsS "$BASE/health" | jq .

echo "== GOV.UK Pay reachability (test account)"
curl -fsS https://publicapi.payments.service.gov.uk/v1/payments?page=1\&display_size=1 \
  -H "Authorization: Bearer ${PAY_KEY}" -H "Accept: application/json" | jq '.total'

echo "== Companies House (trade waste licence lookup)"
curl -fsS -u "⟦b42c_companies_house_api_key:smoke⟧:" \
  https://api.company-information.service.gov.uk/company/09876543 | jq '{company_name, company_status}'

echo "== Notify status"
curl -fsS https://status.notifications.service.gov.uk/api/v2/status.json | jq -r '.status.description'

echo "all good"
