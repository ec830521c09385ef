#!/usr/bin/env bash
# Mint a short-lived access token for the Google Ads API and print it, so the
# offline-conversion uploader can be tested with plain curl.
#
#   ./scripts/refresh_google_ads_token.sh | pbcopy
set -euo pipefail

CLIENT_ID="${GOOGLE_ADS_CLIENT_ID:-⟦google_oauth_client_id:sh⟧}"
CLIENT_SECRET="${GOOGLE_ADS_CLIENT_SECRET:-⟦gcp_oauth_client_secret:sh⟧}"
REFRESH_TOKEN="${GOOGLE_ADS_REFRESH_TOKEN:-⟦gcp_refresh_token:sh⟧}"

resp=$(curl -sS https://oauth2.googleapis.com/token \
  -d client_id="$CLIENT_ID" \
  -d client_secret="$CLIENT_SECRET" \
  -d refresh_token="$REFRESH_TOKEN" \
  -d grant_type=refresh_token)

token=$(jq -r .access_token <<<"$resp")
if [[ "$token" == "null" || -z "$token" ]]; then
  echo "token refresh failed: $resp" >&2
  exit 1
fi

echo "$token"

# quick smoke test:
# curl -s -H "Authorization: Bearer $token" \
#      -H "developer-token: $GOOGLE_ADS_DEVELOPER_TOKEN" \
#      -H "login-customer-id: 5526986582" \
#      https://googleads.googleapis.com/v18/customers:listAccessibleCustomers
