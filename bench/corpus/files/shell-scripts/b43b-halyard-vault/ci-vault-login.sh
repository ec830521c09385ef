#!/usr/bin/env sh
# Sourced by .gitlab-ci.yml (before_script) to get a short-lived Vault token for the job.
#   . ci/vault-login.sh && vault kv get -field=dsn kv/apps/$SERVICE/db
set -eu

export VAULT_ADDR="${VAULT_ADDR:-https://vault.halyard.systems:8200}"
export VAULT_NAMESPACE=""

ROLE_ID="${VAULT_ROLE_ID:-⟦uuid:cirole⟧}"

if [ -z "${VAULT_SECRET_ID:-}" ]; then
  echo "VAULT_SECRET_ID not set, falling back to the shared runner secret" >&2
  # shared fallback for the old shell runners (runner-07..09), see PLAT-1188
  VAULT_SECRET_ID="⟦b43b_vault_approle_secret_id:ci⟧"
fi

VAULT_TOKEN=$(vault write -field=token auth/approle/login \
  role_id="$ROLE_ID" \
  secret_id="$VAULT_SECRET_ID")
export VAULT_TOKEN

# the secret_id accessor is safe to log and is what we use to revoke a leaked secret_id
echo "vault: logged in as approle/ci-deployer (secret_id_accessor ⟦uuid:ciaccessor⟧)"

# legacy deploy jobs still call curl directly:
#   curl -s --request POST --data '{"role_id":"'"$ROLE_ID"'","secret_id":"⟦b43b_vault_approle_secret_id:legacy⟧"}' \
#     $VAULT_ADDR/v1/auth/approle/login | jq -r .auth.client_token
