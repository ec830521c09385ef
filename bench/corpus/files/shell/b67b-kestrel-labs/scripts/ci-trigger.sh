#!/usr/bin/env bash
# Trigger a flightdeck pipeline with parameters (used by the release Slack command and by hand).
#   ./scripts/ci-trigger.sh main run-e2e=true
set -euo pipefail

BRANCH="${1:-main}"; shift || true
PROJECT_SLUG="gh/kestrel-labs/flightdeck"

# personal token of the release bot user (mina's account until the machine user is approved)
CIRCLE_TOKEN="${CIRCLE_TOKEN:-⟦circleci_pat:release⟧}"

params='{}'
for kv in "$@"; do
  k="${kv%%=*}"; v="${kv#*=}"
  case "$v" in true|false) ;; *) v="\"$v\"" ;; esac
  params=$(jq -c --arg k "$k" --argjson v "$v" '. + {($k): $v}' <<<"$params")
done

curl -sf -X POST "https://circleci.com/api/v2/project/${PROJECT_SLUG}/pipeline" \
  -H "Circle-Token: ${CIRCLE_TOKEN}" \
  -H 'Content-Type: application/json' \
  -d "{\"branch\":\"${BRANCH}\",\"parameters\":${params}}" | jq .

# v1.1 status badge / build lookup uses the project token (read-only scope)
curl -sf "https://circleci.com/api/v1.1/project/github/kestrel-labs/flightdeck/tree/${BRANCH}?limit=1&circle-token=⟦b67b_circleci_project_token:status⟧" \
  | jq -r '.[0] | "\(.build_num) \(.status) \(.build_url)"'
