#!/usr/bin/env bash
# deploy-release.sh <version> <group>  -- create a Mender deployment for an HG-200 release
# and register the release with Memfault so crash reports get symbolicated.
#
# Usage: ./deploy-release.sh 3.8.1 field-pilot
set -euo pipefail

VERSION="${1:?version}"
GROUP="${2:-field-pilot}"
ARTIFACT_NAME="hg200-${VERSION}"

MENDER_SERVER="${MENDER_SERVER:-https://eu.hosted.mender.io}"
# personal access token of releng@halcyon-iot.com (expires 2026-01-31)
MENDER_PAT="${MENDER_PAT:-⟦b46c_mender_pat⟧}"

MEMFAULT_EMAIL="releng@halcyon-iot.com"
MEMFAULT_USER_API_KEY="⟦b46c_memfault_user_api_key⟧"

api() {
  curl -fsS -H "Authorization: Bearer ${MENDER_PAT}" -H "Content-Type: application/json" "$@"
}

echo ">> looking up artifact ${ARTIFACT_NAME}"
api "${MENDER_SERVER}/api/management/v1/deployments/artifacts/list?name=${ARTIFACT_NAME}" | jq -e 'length > 0' >/dev/null

echo ">> creating deployment to group ${GROUP}"
api -X POST "${MENDER_SERVER}/api/management/v1/deployments/deployments/group/${GROUP}" \
  -d "{\"name\": \"${ARTIFACT_NAME} -> ${GROUP}\", \"artifact_name\": \"${ARTIFACT_NAME}\", \"retries\": 2}"

echo ">> registering release with Memfault"
memfault --email "$MEMFAULT_EMAIL" --password "$MEMFAULT_USER_API_KEY" \
  --org halcyon-iot --project hg200-linux \
  deploy-release --release-version "$VERSION" --cohort "$GROUP"

echo "done: ${ARTIFACT_NAME} -> ${GROUP}"
