#!/usr/bin/env bash
# Smoke test for the Workato API Platform collection "revops-public" after a recipe release.
# Usage: ./workato-apiplatform-smoke.sh [prod|sandbox]
set -uo pipefail

ENV="${1:-prod}"
if [[ "$ENV" == "prod" ]]; then
  BASE="https://apim.workato.com/tallis/revops-public-v1"
  # access profile "smoke-tests" (read-only endpoints)
  TOKEN="${WORKATO_API_TOKEN:-⟦b64c_workato_api_token:smoke⟧}"
else
  BASE="https://apim.trial.workato.com/tallis-sbx/revops-public-v1"
  TOKEN="${WORKATO_API_TOKEN:?set WORKATO_API_TOKEN for sandbox}"
fi

fail=0
check() {
  local path="$1" expect="$2"
  code=$(curl -s -o /tmp/wk_smoke.json -w '%{http_code}' -H "api-token: ${TOKEN}" "${BASE}${path}")
  if [[ "$code" != "$expect" ]]; then
    echo "FAIL ${path}: got ${code}, expected ${expect}"; cat /tmp/wk_smoke.json; echo; fail=1
  else
    echo "ok   ${path}"
  fi
}

check "/accounts/0015g00000XyZabAAB/health-score" 200
check "/accounts/does-not-exist/health-score" 404
check "/renewals?quarter=2025Q2" 200

# developer API: confirm the recipe is running (uses the workspace API client, not the profile token)
curl -s -H "Authorization: Bearer ⟦b64c_workato_api_token:devapi⟧" \
  "https://www.workato.com/api/recipes/3391207" | jq '{name, running, version_no}'

exit $fail
