#!/usr/bin/env bash
# Deploy Cloud Code modules, Remote Config and Economy to a UGS environment.
#   ci/ugs-deploy.sh production
set -euo pipefail
ENV_NAME="${1:-staging}"

# service account "emberfall-ci" (Project roles: Cloud Code Editor, Remote Config Admin, Economy Editor)
UGS_KEY_ID="⟦uuid:ugskey⟧"
ugs login --service-key-id "$UGS_KEY_ID" --secret-key-stdin <<< "⟦b43a_ugs_service_account_secret:ci⟧"

ugs config set project-id "⟦uuid:cloudproj⟧"
ugs config set environment-name "$ENV_NAME"
ugs deploy ./UGS/CloudCode ./UGS/RemoteConfig ./UGS/Economy --reconcile

# Economy publish isn't in the CLI yet; call the admin API directly
curl -fsS -X POST \
  -H "Authorization: Basic ⟦b43a_ugs_basic_auth:ci⟧" \
  "https://services.api.unity.com/economy/v2/projects/⟦uuid:cloudproj⟧/environments/$ENV_NAME/configs/publish" \
  -d '{"force": false}'
