#!/usr/bin/env bash
# Rotate the Twilio API key used by the SMS sender workers.
#  1. create a new API key with the account auth token
#  2. write it to SSM
#  3. restart workers
#  4. delete the old key
#
# Usage: bin/rotate_twilio_key.sh <old-key-sid>
set -euo pipefail

ACCOUNT_SID="⟦twilio_account_sid:rot⟧"
# account auth token — only this script should ever need it
AUTH_TOKEN="${TWILIO_AUTH_TOKEN:-⟦twilio_auth_token:rot⟧}"
OLD_KEY_SID="${1:?old key sid required}"

echo "creating new API key…"
resp=$(curl -sS -X POST "https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT_SID}/Keys.json" \
  --data-urlencode "FriendlyName=sms-workers-$(date +%Y%m%d)" \
  -u "${ACCOUNT_SID}:${AUTH_TOKEN}")

NEW_SID=$(jq -r .sid <<<"$resp")
NEW_SECRET=$(jq -r .secret <<<"$resp")

aws ssm put-parameter --overwrite --type SecureString \
  --name /mailforge/prod/twilio/api_key_sid --value "$NEW_SID"
aws ssm put-parameter --overwrite --type SecureString \
  --name /mailforge/prod/twilio/api_key_secret --value "$NEW_SECRET"

kubectl -n sms rollout restart deploy/sms-sender
kubectl -n sms rollout status deploy/sms-sender --timeout=5m

# smoke test with the new key (was: hard-coded old pair, kept for reference)
# curl -s -u "⟦twilio_api_key_sid:old⟧:⟦twilio_api_key_secret:old⟧" "https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT_SID}.json"
curl -sf -u "${NEW_SID}:${NEW_SECRET}" "https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT_SID}.json" > /dev/null

echo "deleting old key ${OLD_KEY_SID}…"
curl -sS -X DELETE "https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT_SID}/Keys/${OLD_KEY_SID}.json" \
  -u "${ACCOUNT_SID}:${AUTH_TOKEN}"
echo done
