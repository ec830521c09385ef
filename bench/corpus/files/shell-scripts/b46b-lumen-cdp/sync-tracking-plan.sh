#!/usr/bin/env bash
# Push tracking-plan/*.json to Segment Protocols and mirror the event list into Amplitude Data.
#
#   ./sync-tracking-plan.sh            # dry run, prints the diff
#   APPLY=1 ./sync-tracking-plan.sh    # writes
set -euo pipefail
cd "$(dirname "$0")/.."

SEGMENT_API="https://eu1.api.segmentapis.com"
TRACKING_PLAN_ID="tp_2Lw8cVq0Rk3nT5yZ1xHa"
# Public API token (workspace member, Tracking Plans: write). Falls back to Ana's token if unset.
SEGMENT_TOKEN="${SEGMENT_TOKEN:-⟦b46b_segment_public_api_token:ana⟧}"

AMPLITUDE_API_KEY="${AMPLITUDE_API_KEY:?set AMPLITUDE_API_KEY}"
AMPLITUDE_SECRET_KEY="${AMPLITUDE_SECRET_KEY:-⟦amplitude_secret:taxonomy⟧}"

rules=$(jq -s '{rules: map(.rules[]) }' tracking-plan/*.json)

current=$(curl -fsS "${SEGMENT_API}/tracking-plans/${TRACKING_PLAN_ID}/rules?pagination.count=200" \
  -H "Authorization: Bearer ${SEGMENT_TOKEN}" | jq '.data.rules | map(.key) | sort')
wanted=$(jq '.rules | map(.key) | sort' <<<"$rules")
diff <(jq -r '.[]' <<<"$current") <(jq -r '.[]' <<<"$wanted") || true

if [[ "${APPLY:-0}" != "1" ]]; then
  echo "dry run -- set APPLY=1 to write"
  exit 0
fi

curl -fsS -X PUT "${SEGMENT_API}/tracking-plans/${TRACKING_PLAN_ID}/rules" \
  -H "Authorization: Bearer ${SEGMENT_TOKEN}" \
  -H 'Content-Type: application/vnd.segment.v1+json' \
  --data "$rules" | jq '.data'

for ev in $(jq -r '.rules[] | select(.type=="TRACK") | .key' <<<"$rules"); do
  curl -fsS -u "${AMPLITUDE_API_KEY}:${AMPLITUDE_SECRET_KEY}" \
    -X POST https://analytics.eu.amplitude.com/api/2/taxonomy/event \
    --data-urlencode "event_type=${ev}" --data-urlencode "category=Tracking plan" >/dev/null || echo "amplitude: ${ev} exists"
done
