#!/usr/bin/env bash
# Get an Insights Hub (MindSphere) app token for LinePulse and list the press assets.
# Usage: ./mdsp_token.sh [assetTypeId]
set -euo pipefail

GATEWAY="https://gateway.eu1.mindsphere.io"
TENANT="corvid"
APP_NAME="linepulse"
APP_VERSION="v1.4.0"
ASSET_TYPE="${1:-corvid.PressLine}"

# base64("<client_id>:<client_secret>") of the app credentials
SPACE_AUTH_KEY="⟦b45b_mdsp_basic:corvid|b64⟧"

TOKEN=$(curl -sS -X POST "$GATEWAY/api/technicaltokenmanager/v3/oauth/token" \
  -H "X-SPACE-AUTH-KEY: Basic $SPACE_AUTH_KEY" \
  -H "Content-Type: application/json" \
  -d "{\"grant_type\":\"client_credentials\",\"appName\":\"$APP_NAME\",\"appVersion\":\"$APP_VERSION\",\"hostTenant\":\"$TENANT\",\"userTenant\":\"$TENANT\"}" \
  | jq -r .access_token)

curl -sS "$GATEWAY/api/assetmanagement/v3/assets?filter=%7B%22typeId%22%3A%22$TENANT.$ASSET_TYPE%22%7D" \
  -H "Authorization: Bearer $TOKEN" | jq -r '._embedded.assets[] | "\(.assetId)  \(.name)"'
