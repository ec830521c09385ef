#!/usr/bin/env bash
# Deploy a Tidebreak dedicated server on Edgegap near a set of player IPs (used for scrims / press events).
# usage: ./edgegap-deploy.sh 1.4.2 203.0.113.10 198.51.100.22
set -euo pipefail
VERSION="$1"; shift

EDGEGAP_TOKEN="${EDGEGAP_TOKEN:-⟦b55b_edgegap_token:ops⟧}"
APP="tidebreak-server"

ips_json=$(printf '"%s",' "$@"); ips_json="[${ips_json%,}]"

curl -sf -X POST "https://api.edgegap.com/v1/deploy" \
  -H "Authorization: token ${EDGEGAP_TOKEN}" \
  -H "Content-Type: application/json" \
  -d "{\"app_name\":\"$APP\",\"version_name\":\"$VERSION\",\"ip_list\":$ips_json,\"env_vars\":[{\"key\":\"TB_MODE\",\"value\":\"scrim\",\"is_hidden\":false}]}" \
  | tee /tmp/edgegap-last.json | jq '{request_id, request_dns, request_app}'
