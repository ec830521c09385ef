#!/usr/bin/env bash
# nightly_nemsis_export.sh - run by cron on tc-epcr-job01 at 01:30
# Builds the previous day's EMSDataSet per state and submits it. Credentials come from the systemd
# credential store (LoadCredential=) or the environment; this script never holds them.
set -euo pipefail

: "${NEMSIS_KY_PASSWORD:?missing - see /etc/credstore/nemsis_ky}"
: "${NEMSIS_OH_PASSWORD:?missing - see /etc/credstore/nemsis_oh}"

export RAILS_ENV=production
cd /srv/epcr/current

DAY="${1:-$(date -d yesterday +%F)}"
LOG=/var/log/epcr/nemsis-$DAY.log

echo "[$(date -Is)] export $DAY" >> "$LOG"
for state in kentucky ohio; do
  bundle exec rails runner "Nemsis::NightlyJob.perform_now(state: :$state, day: Date.parse('$DAY'))" >> "$LOG" 2>&1 \
    || { echo "[$(date -Is)] $state FAILED" >> "$LOG"; failed=1; }
done

# checksum of the generated payloads for the QA archive
sha256sum /var/lib/epcr/nemsis/"$DAY"/*.xml >> /var/lib/epcr/nemsis/"$DAY"/SHA256SUMS

if [[ "${failed:-0}" == 1 ]]; then
  curl -fsS -X POST "https://events.pagerduty.com/v2/enqueue" \
    -H 'Content-Type: application/json' \
    -d "{\"routing_key\":\"${PD_ROUTING_KEY}\",\"event_action\":\"trigger\",\"payload\":{\"summary\":\"NEMSIS export failed for $DAY\",\"source\":\"tc-epcr-job01\",\"severity\":\"error\"}}"
  exit 1
fi
