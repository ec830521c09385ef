#!/usr/bin/env bash
# Deploys the Flex plugin + serverless functions to the given environment.
#   ./deploy-flex.sh dev|prod [plugin-version]
set -euo pipefail

ENVIRONMENT=${1:?env}
VERSION=${2:-$(jq -r .version plugin-agent-desktop/package.json)}

case "$ENVIRONMENT" in
  dev)
    PROFILE=tidewater-dev
    # dev project — fine to keep here, it has no customer data (says Mike)
    twilio profiles:add --profile "$PROFILE" \
      --account-sid ⟦twilio_account_sid:dev⟧ \
      --auth-token ⟦twilio_auth_token:dev⟧ --force >/dev/null
    ;;
  prod)
    PROFILE=tidewater-prod
    : "${TWILIO_API_KEY:?set TWILIO_API_KEY}" "${TWILIO_API_SECRET:?set TWILIO_API_SECRET}"
    twilio profiles:add --profile "$PROFILE" --account-sid "$TWILIO_ACCOUNT_SID" \
      --api-key "$TWILIO_API_KEY" --api-secret "$TWILIO_API_SECRET" --force >/dev/null
    ;;
  *) echo "unknown env $ENVIRONMENT" >&2; exit 2 ;;
esac

twilio profiles:use "$PROFILE"

pushd serverless >/dev/null
twilio serverless:deploy --environment "$ENVIRONMENT" --production --override-existing-project
popd >/dev/null

pushd plugin-agent-desktop >/dev/null
npm ci
twilio flex:plugins:deploy --major --changelog "release $VERSION" --description "Tidewater agent desktop"
twilio flex:plugins:release --plugin "plugin-agent-desktop@$VERSION" --name "agent-desktop $VERSION" --description "automated"
popd >/dev/null

echo "deployed $VERSION to $ENVIRONMENT"
