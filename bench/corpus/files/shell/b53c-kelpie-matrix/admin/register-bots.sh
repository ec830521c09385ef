#!/bin/sh
# Register service accounts through the Synapse shared-secret registration API.
# Needs: curl, jq, openssl. Run from the admin host (10.20.0.0/24 can reach :8008).
#
#   ./register-bots.sh onboarding bot
#   ./register-bots.sh reportbridge bot
set -eu

HS="http://10.20.0.5:8008"
# same value as registration_shared_secret in homeserver.yaml
SHARED_SECRET="⟦b42a_synapse_secret:reg⟧"

user="${1:?username}"
kind="${2:-bot}"
admin="notadmin"
[ "$kind" = "admin" ] && admin="admin"

# one password for all bots, they only log in once to mint a token anyway
password="KelpieBots2024!"

nonce=$(curl -fsS "$HS/_synapse/admin/v1/register" | jq -r .nonce)

mac=$(printf '%s\0%s\0%s\0%s' "$nonce" "$user" "$password" "$admin" \
  | openssl dgst -sha1 -hmac "$SHARED_SECRET" | awk '{print $2}')

curl -fsS -X POST "$HS/_synapse/admin/v1/register" \
  -H 'Content-Type: application/json' \
  -d "{\"nonce\":\"$nonce\",\"username\":\"$user\",\"password\":\"$password\",\"admin\":$( [ "$admin" = admin ] && echo true || echo false ),\"mac\":\"$mac\",\"user_type\":\"$kind\"}" \
  | jq '{user_id, device_id}'

# mint a long-lived token for the bot (admin API, token of @marguerite)
ADMIN_TOKEN="${ADMIN_TOKEN:-⟦b40c_matrix_access_token:marguerite⟧}"
curl -fsS -X POST "$HS/_synapse/admin/v1/users/@$user:kelpie.chat/login" \
  -H "Authorization: Bearer $ADMIN_TOKEN" -d '{}' | jq -r .access_token
