#!/usr/bin/env bash
# Smoke test for the ERP integration after a deploy.
# Uses the "Wawi Connector" integration (System > Integrations), token-based.
set -euo pipefail

BASE="${BASE:-https://www.northfold-outdoor.de}"
TOKEN="${MAGENTO_INTEGRATION_TOKEN:-⟦b42b_magento_integration_token⟧}"

echo "== store config"
curl -fsS -H "Authorization: Bearer ${TOKEN}" "${BASE}/rest/V1/store/storeConfigs" | jq '.[0].base_currency_code'

echo "== last 5 orders"
curl -fsS -G -H "Authorization: Bearer ${TOKEN}" "${BASE}/rest/V1/orders" \
  --data-urlencode 'searchCriteria[sortOrders][0][field]=created_at' \
  --data-urlencode 'searchCriteria[sortOrders][0][direction]=DESC' \
  --data-urlencode 'searchCriteria[pageSize]=5' | jq -r '.items[] | [.increment_id, .status, .grand_total] | @tsv'

echo "== admin token (checks 2FA bypass for the API user is still configured)"
curl -fsS -X POST "${BASE}/rest/V1/integration/admin/token" \
  -H 'Content-Type: application/json' \
  -d '{"username":"erp-api","password":"Nordfold-ERP-2023!"}' >/dev/null && echo ok
