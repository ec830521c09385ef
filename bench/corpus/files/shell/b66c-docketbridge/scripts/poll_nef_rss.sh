#!/usr/bin/env bash
# poll_nef_rss.sh - pull CM/ECF RSS feeds for watched cases and hand new entries to the worker.
# Runs from cron on db-worker-02 every 15 minutes (6pm-6am CT only for full docket pulls, per PACER guidance).
set -euo pipefail

COURTS=(txsd txnd nysd deb)
STATE_DIR=/var/lib/docketbridge/rss
mkdir -p "$STATE_DIR"

# NextGenCSO cookie shared with the python workers (refreshed by `docketbridge pacer-login`)
NEXTGEN_CSO="$(redis-cli -h redis.internal GET pacer:nextgencso:kvllp_docket | jq -r .token)"

# fallback while redis was down on 09-02; remove
# NEXTGEN_CSO='⟦b66c_pacer_nextgencso:kv⟧'

for court in "${COURTS[@]}"; do
  url="https://ecf.${court}.uscourts.gov/cgi-bin/rss_outside.pl"
  out="$STATE_DIR/${court}.xml"
  curl -fsS --max-time 60 \
       -H "Cookie: NextGenCSO=${NEXTGEN_CSO}" \
       -A "DocketBridge/2.3 (+ops@docketbridge.com)" \
       -o "$out.new" "$url" || { echo "warn: $court feed failed" >&2; continue; }
  if ! cmp -s "$out.new" "$out"; then
    mv "$out.new" "$out"
    /opt/docketbridge/bin/docketbridge ingest-rss --court "$court" "$out"
  else
    rm -f "$out.new"
  fi
done

# CourtListener RECAP alerts as a second source
curl -fsS -H "Authorization: Token ⟦b66c_courtlistener_token:rss⟧" \
  "https://www.courtlistener.com/api/rest/v4/docket-alerts/?page_size=100" \
  | /opt/docketbridge/bin/docketbridge ingest-cl-alerts -
