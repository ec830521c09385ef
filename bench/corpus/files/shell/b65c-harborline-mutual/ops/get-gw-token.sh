#!/usr/bin/env bash
# get-gw-token.sh - fetch a Guidewire Hub token for poking the Cloud API from a laptop.
# usage: ./get-gw-token.sh [cc|pc|bc] [dev|uat]
# Prints the bearer token; pipe into pbcopy or use with `export GW_TOKEN=$(./get-gw-token.sh cc dev)`
set -euo pipefail

APP="${1:-cc}"
PLANET="${2:-dev}"

HUB_URL="https://guidewire-hub.okta.com/oauth2/aus11vix3uKEpIfSI357/v1/token"

case "$PLANET" in
  dev)
    # dev service app "claims-dev-tools" (low risk, dev tenant only)
    CLIENT_ID="⟦b65c_guidewire_hub_client_id:devtools⟧"
    CLIENT_SECRET="${GW_CLIENT_SECRET:-⟦b65c_guidewire_hub_client_secret:devtools⟧}"
    ;;
  uat)
    CLIENT_ID="${GWHUB_CLIENT_ID:?set GWHUB_CLIENT_ID}"
    CLIENT_SECRET="${GWHUB_CLIENT_SECRET:?set GWHUB_CLIENT_SECRET}"
    ;;
  *)
    echo "unknown planet: $PLANET" >&2; exit 2 ;;
esac

curl -sf "$HUB_URL" \
  --data-urlencode grant_type=client_credentials \
  --data-urlencode "client_id=${CLIENT_ID}" \
  --data-urlencode "client_secret=${CLIENT_SECRET}" \
  --data-urlencode "scope=${APP}.service tenant.harborline project.${PLANET}" \
  | jq -r .access_token
