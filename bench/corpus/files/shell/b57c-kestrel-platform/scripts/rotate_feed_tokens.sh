#!/usr/bin/env bash
# Rotate the odds-feed vendor keys stored in AWS Secrets Manager and bounce the workers.
# Usage: rotate_feed_tokens.sh <vendor> <new-value-file>
#   vendor: uof | opticodds | oddsapi | sportradar | genius
set -euo pipefail

VENDOR="${1:?vendor}"
VALUE_FILE="${2:?file holding the new value}"
REGION="${AWS_REGION:-us-east-1}"
SECRET_ID="prod/oddsfeed/${VENDOR}"

if [[ ! -s "$VALUE_FILE" ]]; then
  echo "empty value file" >&2; exit 1
fi

old_version=$(aws secretsmanager describe-secret --secret-id "$SECRET_ID" --region "$REGION" \
  --query 'VersionIdsToStages' --output json | jq -r 'to_entries[] | select(.value[]=="AWSCURRENT") | .key')

aws secretsmanager put-secret-value \
  --secret-id "$SECRET_ID" --region "$REGION" \
  --secret-string "file://${VALUE_FILE}" >/dev/null
shred -u "$VALUE_FILE"

# sanity check the new value without printing it
NEW=$(aws secretsmanager get-secret-value --secret-id "$SECRET_ID" --region "$REGION" --query SecretString --output text)
case "$VENDOR" in
  uof) curl -fsS -o /dev/null -H "x-access-token: ${NEW}" https://api.betradar.com/v1/users/whoami.xml ;;
  opticodds) curl -fsS -o /dev/null -H "X-Api-Key: ${NEW}" https://api.opticodds.com/api/v3/sportsbooks ;;
  oddsapi) curl -fsS -o /dev/null "https://api.the-odds-api.com/v4/sports?apiKey=${NEW}" ;;
  *) echo "no smoke check for $VENDOR" ;;
esac
unset NEW

kubectl -n oddsfeed annotate externalsecret oddsfeed-credentials "force-sync=$(date +%s)" --overwrite
kubectl -n oddsfeed rollout restart deploy/oddsfeed-worker
echo "rotated ${SECRET_ID} (previous version ${old_version} is now AWSPREVIOUS)"
