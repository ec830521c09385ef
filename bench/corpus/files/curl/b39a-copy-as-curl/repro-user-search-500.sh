#!/usr/bin/env bash
# Repro for SUPPORT-3318: user search in the internal admin returns 500 when the query contains "+".
# Copied from Chrome DevTools (Network -> right click -> Copy -> Copy as cURL (bash)) on 2024-06-14.
# Run: ./repro-user-search-500.sh

set -euo pipefail

curl 'https://kestrelnet.eu.auth0.com/api/v2/users?q=email%3A%22j.doe%2Btest%40example.com%22&search_engine=v3&per_page=50' \
  -H 'accept: application/json, text/plain, */*' \
  -H 'accept-language: en-GB,en;q=0.9' \
  -H 'authorization: Bearer ⟦auth0_mgmt_token:admin⟧' \
  -H 'origin: https://admin.kestrelnet.io' \
  -H 'priority: u=1, i' \
  -H 'referer: https://admin.kestrelnet.io/' \
  -H 'sec-ch-ua: "Google Chrome";v="125", "Chromium";v="125", "Not.A/Brand";v="24"' \
  -H 'sec-ch-ua-mobile: ?0' \
  -H 'sec-ch-ua-platform: "macOS"' \
  -H 'sec-fetch-dest: empty' \
  -H 'sec-fetch-mode: cors' \
  -H 'sec-fetch-site: cross-site' \
  -H 'user-agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36' \
  --compressed

echo
# same query through our BFF, which double-encodes the "+":
curl 'https://admin-api.kestrelnet.io/v1/users/search?email=j.doe%2Btest%40example.com' \
  -H 'accept: application/json' \
  -H 'x-admin-api-key: ⟦generic_api_key_alnum40:bff⟧' \
  -H 'x-request-id: ⟦uuid:xr⟧' \
  --compressed
