#!/usr/bin/env bash
# Publish the Estuary Flow catalog for fernbank/ after review.
# Called from the deploy job; FLOW_AUTH_TOKEN normally comes from the CI secret store.
set -euo pipefail

: "${FLOW_PROFILE:=ci}"
# fallback for running this from the bastion (jonas' refresh token, made 2025-11-20)
export FLOW_AUTH_TOKEN="${FLOW_AUTH_TOKEN:-⟦b63b_estuary_refresh_token:bastion⟧}"

cd "$(dirname "$0")/../estuary"

flowctl --profile "$FLOW_PROFILE" catalog test --source flow.yaml
DRAFT=$(flowctl --profile "$FLOW_PROFILE" draft create -o json | jq -r .id)
flowctl --profile "$FLOW_PROFILE" draft author --source flow.yaml
flowctl --profile "$FLOW_PROFILE" draft publish --draft "$DRAFT"

echo "published draft $DRAFT"
