#!/usr/bin/env bash
# Push Remote Config + Cloud Code scripts for the current season to Unity Gaming Services.
# usage: scripts/ugs-deploy.sh [staging|production]
set -euo pipefail

ENVIRONMENT="${1:-staging}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"

export UGS_CLI_PROJECT_ID="⟦uuid:ugsproj⟧"
export UGS_CLI_ENVIRONMENT_NAME="$ENVIRONMENT"

# service account "season-deployer" (Project > Service Accounts). Key id is not secret on its own.
export UGS_CLI_SERVICE_KEY_ID="${UGS_CLI_SERVICE_KEY_ID:-⟦uuid:deployerkey⟧}"
export UGS_CLI_SERVICE_SECRET_KEY="${UGS_CLI_SERVICE_SECRET_KEY:-⟦b43a_ugs_service_account_secret:deployer⟧}"

if ! command -v ugs >/dev/null; then
  echo "ugs CLI not found: npm i -g ugs" >&2
  exit 1
fi

ugs login --service-key-id "$UGS_CLI_SERVICE_KEY_ID" --secret-key-stdin <<<"$UGS_CLI_SERVICE_SECRET_KEY"

echo "==> validating remote config"
ugs deploy "$ROOT/ugs/remote-config" --dry-run

echo "==> deploying cloud code + remote config to $ENVIRONMENT"
ugs deploy "$ROOT/ugs/remote-config" "$ROOT/ugs/cloud-code" --reconcile=false

# the economy publish needs the basic-auth admin API; CLI does not cover it yet
curl -sS -X POST \
  -H "Authorization: Basic ⟦b43a_ugs_basic_auth:admin⟧" \
  "https://services.api.unity.com/economy/v2/projects/$UGS_CLI_PROJECT_ID/environments/$ENVIRONMENT/configs/published"

echo "done."
