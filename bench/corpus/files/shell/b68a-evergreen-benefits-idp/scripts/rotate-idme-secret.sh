#!/usr/bin/env bash
# rotate-idme-secret.sh -- put a new ID.me client secret into Secrets Manager and restart portal-auth.
# Usage: rotate-idme-secret.sh prod      (reads the new secret from stdin, never from argv)
set -euo pipefail

ENV="${1:?usage: $0 <env>}"
SECRET_ID="benefits/${ENV}/idme"
CLUSTER="benefits-${ENV}"

read -r -s -p "New ID.me client_secret for ${ENV}: " NEW_SECRET
echo
if [[ ! "$NEW_SECRET" =~ ^[0-9a-f]{32}$ ]]; then
  echo "that doesn't look like an ID.me client secret (32 hex)" >&2
  exit 1
fi

CURRENT=$(aws secretsmanager get-secret-value --secret-id "$SECRET_ID" --query SecretString --output text)
CLIENT_ID=$(jq -r .client_id <<<"$CURRENT")

aws secretsmanager put-secret-value \
  --secret-id "$SECRET_ID" \
  --secret-string "$(jq -n --arg id "$CLIENT_ID" --arg s "$NEW_SECRET" '{client_id:$id, client_secret:$s}')" \
  >/dev/null
unset NEW_SECRET CURRENT

kubectl --context "$CLUSTER" -n portal rollout restart deployment/portal-auth
kubectl --context "$CLUSTER" -n portal rollout status deployment/portal-auth --timeout=10m
echo "rotated ${SECRET_ID} ($(date -u +%FT%TZ))"
