#!/bin/sh
# Re-create the secrets on a fresh Fly app (used when we moved tallyhive-api from the personal org
# to the tallyhive org, 2025-11-03). Stage everything, then one deploy.
#
#   APP=tallyhive-api-eu ./scripts/fly-secrets-import.sh
set -eu
APP=${APP:-tallyhive-api}

flyctl secrets set --stage -a "$APP" \
  WORKOS_API_KEY=⟦b56c_workos_api_key:migrate⟧ \
  WORKOS_CLIENT_ID=⟦b56c_workos_client_id:prod⟧ \
  LOOPS_API_KEY=⟦b56c_loops_api_key:migrate⟧ \
  PADDLE_API_KEY=⟦b40b_paddle_api_key:migrate⟧ \
  AXIOM_TOKEN="$(op read 'op://Tallyhive Prod/Axiom ingest/credential')" \
  SENTRY_DSN="$(op read 'op://Tallyhive Prod/Sentry/dsn')"

# Neon connection string has & in it, needs quoting
flyctl secrets set --stage -a "$APP" \
  DATABASE_URL='postgresql://tallyhive_app:⟦b56c_neon_role_password:migrate⟧@ep-polished-meadow-a5k2q8xz-pooler.us-east-2.aws.neon.tech/tallyhive?sslmode=require&channel_binding=require'

flyctl secrets deploy -a "$APP"
flyctl secrets list -a "$APP"
