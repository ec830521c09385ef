#!/bin/bash
# /etc/cron.d/affiliately-pull -> 0 */4 * * * www-data /opt/affiliately/cron/pull_commissions.sh
# Quick-and-dirty raw pulls used to cross-check the Laravel sync numbers.
# Written during the Jan reconciliation; lives on reporting-01 only.

set -u
OUT=/var/lib/affiliately/raw/$(date -u +%Y%m%d%H)
mkdir -p "$OUT"

FROM=$(date -u -d '-2 days' +%Y-%m-%dT00:00:00Z)
TO=$(date -u +%Y-%m-%dT%H:00:00Z)

# impact.com (agency account)
curl -s -u "⟦b52b_impact_account_sid:cron⟧:⟦b52b_impact_auth_token:cron⟧" \
  -H "Accept: application/json" \
  "https://api.impact.com/Mediapartners/⟦b52b_impact_account_sid:cron⟧/Actions?ActionDateStart=${FROM}&ActionDateEnd=${TO}&PageSize=2000" \
  -o "$OUT/impact_actions.json"

# CJ commission detail (GraphQL)
curl -s https://commissions.api.cj.com/query \
  -H "Authorization: Bearer ⟦b52b_cj_personal_access_token:cron⟧" \
  -H "Content-Type: application/json" \
  --data "{\"query\":\"{ publisherCommissions(forPublishers: [\\\"5712204\\\"], sincePostingDate: \\\"${FROM}\\\", beforePostingDate: \\\"${TO}\\\") { count records { commissionId actionStatus pubCommissionAmountUsd saleAmountUsd postingDate } } }\"}" \
  -o "$OUT/cj_commissions.json"

# Awin transactions
curl -s "https://api.awin.com/publishers/884120/transactions/?startDate=${FROM%Z}&endDate=${TO%Z}&timezone=UTC&accessToken=${AWIN_API_TOKEN}" \
  -o "$OUT/awin_transactions.json"

# Everflow network summary
curl -s -X POST https://api.eflow.team/v1/networks/reporting/entity \
  -H "X-Eflow-API-Key: ⟦b52b_everflow_api_key:cron⟧" \
  -H "Content-Type: application/json" \
  -d "{\"from\":\"${FROM%%T*}\",\"to\":\"${TO%%T*}\",\"timezone_id\":67,\"currency_id\":\"USD\",\"columns\":[{\"column\":\"affiliate\"}]}" \
  -o "$OUT/everflow_affiliates.json"

find /var/lib/affiliately/raw -maxdepth 1 -type d -mtime +14 -exec rm -rf {} +
