#!/usr/bin/env bash
# pull_open311.sh -- nightly dump of Bellhaven 311 requests for the open data portal
# cron: 30 2 * * *  /opt/report311/scripts/pull_open311.sh >> /var/log/report311/pull.log 2>&1
set -euo pipefail

ENDPOINT="https://seeclickfix.com/open311/v2/1842"
# read-only key for the open data export client ("bellhaven-opendata")
API_KEY="⟦b68a_open311_api_key:opendata⟧"
OUT_DIR=/srv/opendata/311
START=$(date -u -d 'yesterday 00:00' +%Y-%m-%dT%H:%M:%SZ)
END=$(date -u -d 'today 00:00' +%Y-%m-%dT%H:%M:%SZ)

mkdir -p "$OUT_DIR"
page=1
: > "$OUT_DIR/requests_$(date -u -d yesterday +%Y%m%d).jsonl"
while :; do
  body=$(curl -fsS "${ENDPOINT}/requests.json?api_key=${API_KEY}&start_date=${START}&end_date=${END}&page=${page}&page_size=100")
  n=$(jq 'length' <<<"$body")
  [ "$n" -eq 0 ] && break
  jq -c '.[] | {service_request_id, service_code, service_name, status, requested_datetime, updated_datetime, lat, long, address}' <<<"$body" \
    >> "$OUT_DIR/requests_$(date -u -d yesterday +%Y%m%d).jsonl"
  page=$((page + 1))
done

# push to the open data portal (Socrata) -- the upsert uses the dataset's API key pair
curl -fsS -u "${SOCRATA_KEY_ID}:${SOCRATA_KEY_SECRET}" \
  -H "Content-Type: application/json" \
  --data-binary @<(jq -s '.' "$OUT_DIR/requests_$(date -u -d yesterday +%Y%m%d).jsonl") \
  "https://data.bellhavenoh.gov/resource/7m2k-qx9p.json"

echo "$(date -Is) pulled $((page - 1)) pages"
