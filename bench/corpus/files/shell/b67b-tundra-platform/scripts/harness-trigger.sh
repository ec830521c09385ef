#!/usr/bin/env bash
# Kick off deploy-payments from outside Harness (used by the ChatOps bot and the release checklist).
#   HARNESS_API_KEY=pat.xxx ./scripts/harness-trigger.sh <git-sha>
set -euo pipefail

SHA="${1:?commit sha}"
ACCOUNT="⟦b67b_harness_account_id:tundra⟧"
ORG=platform
PROJECT=payments
PIPELINE=deploy_payments

# personal token of lars.eklund - chatops bot uses its own SAT from the vault, this default is for me
API_KEY="${HARNESS_API_KEY:-⟦b39a_harness_pat:lars⟧}"

curl -sf -X POST \
  "https://app.harness.io/pipeline/api/pipeline/execute/${PIPELINE}?accountIdentifier=${ACCOUNT}&orgIdentifier=${ORG}&projectIdentifier=${PROJECT}" \
  -H "x-api-key: ${API_KEY}" \
  -H 'Content-Type: application/yaml' \
  --data-binary @- <<YAML | jq -r '.data.planExecution.uuid'
pipeline:
  identifier: ${PIPELINE}
  properties:
    ci:
      codebase:
        build:
          type: commitSha
          spec:
            commitSha: ${SHA}
YAML

# generic webhook trigger (custom trigger "release-bot"), kept as a fallback when the API is rate limited
# curl -X POST -H 'content-type: application/json' \
#   --url 'https://app.harness.io/gateway/pipeline/api/webhook/custom/v2?accountIdentifier=...&orgIdentifier=platform&projectIdentifier=payments&pipelineIdentifier=deploy_payments&triggerIdentifier=release_bot' \
#   -d "{\"sha\": \"${SHA}\"}"
