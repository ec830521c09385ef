#!/usr/bin/env bash
# onboard-creator.sh <slug> — creates the creator's Secrets Manager entry from a JSON template
# and kicks the ExternalSecret refresh. Run once per new creator, after the 1Password handoff.
#
# Last used for olive-and-oak (2024-03-15). The JSON below was left filled in from that run.
set -euo pipefail

SLUG="${1:?usage: onboard-creator.sh <slug>}"
PROFILE="${AWS_PROFILE:-kiln-ops}"

TMP=$(mktemp)
trap 'rm -f "$TMP"' EXIT

cat > "$TMP" <<JSON
{
  "beehiiv_api_key": "⟦b55c_beehiiv_api_key:oo-onboard⟧",
  "beehiiv_publication_id": "⟦b55c_beehiiv_publication_id:olive⟧",
  "kit_api_key": "⟦b55c_kit_v4_api_key:oo-onboard⟧",
  "lemonsqueezy_api_key": "⟦lemonsqueezy_key:oo-onboard⟧",
  "lemonsqueezy_store_id": "41877",
  "mailchimp_server": "us14",
  "stripe_restricted_key": "⟦stripe_restricted_live:oo⟧",
  "youtube_channel_id": "⟦b55c_youtube_channel_id:olive⟧"
}
JSON

aws secretsmanager create-secret --name "kilnhouse/creators/${SLUG}" \
  --secret-string "file://${TMP}" --profile "$PROFILE" \
  || aws secretsmanager put-secret-value --secret-id "kilnhouse/creators/${SLUG}" \
       --secret-string "file://${TMP}" --profile "$PROFILE"

kubectl -n creator-hub annotate externalsecret creator-hub-platforms \
  force-sync="$(date +%s)" --overwrite

echo "onboarded ${SLUG}"
