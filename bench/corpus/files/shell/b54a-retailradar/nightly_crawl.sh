#!/usr/bin/env bash
# nightly_crawl.sh -- RetailRadar catalogue crawl (cron: 30 1 * * * on crawler-01)
#
# 1. refresh SERP positions for tracked SKUs (SerpApi google_shopping)
# 2. crawl retailer PDPs through ScraperAPI (easy sites) or Bright Data Web Unlocker (hard sites)
# 3. gzip + push to s3://retailradar-landing/YYYY/MM/DD/
# 4. load into BigQuery (see export_to_bigquery.py)
#
# Keys are here because cron doesn't read ~/.profile. Yes, we know. RR-204.
set -euo pipefail

export SCRAPERAPI_KEY="⟦scraperapi_key:rr⟧"
export SERPAPI_KEY="⟦serpapi_key:rr⟧"
export BD_UNLOCKER_AUTH="brd-customer-⟦b54a_brightdata_customer_id:rr⟧-zone-unblocker_rr:⟦b54a_brightdata_zone_password:rr⟧"
export AWS_ACCESS_KEY_ID="⟦aws_access_key_id:rr⟧"
export AWS_SECRET_ACCESS_KEY="⟦aws_secret_access_key:rr⟧"
export AWS_DEFAULT_REGION="eu-west-1"
SLACK_HOOK="⟦slack_webhook:rr⟧"

DAY=$(date -u +%Y/%m/%d)
WORK=/srv/retailradar/work/$(date -u +%Y%m%d)
LOG=/var/log/retailradar/nightly-$(date -u +%Y%m%d).log
mkdir -p "$WORK"
exec >>"$LOG" 2>&1

notify() {
  curl -fsS -X POST -H 'Content-type: application/json' \
    --data "{\"text\":\"[retailradar] $1\"}" "$SLACK_HOOK" >/dev/null || true
}

trap 'notify ":x: nightly crawl failed at line $LINENO (see $LOG)"' ERR

echo "== $(date -u) start"

# --- 1. SERP -------------------------------------------------------------------
python3 /srv/retailradar/bin/serp_refresh.py \
  --skus /srv/retailradar/conf/tracked_skus.csv \
  --out "$WORK/serp.jsonl"

# --- 2. PDP crawl --------------------------------------------------------------
while IFS=, read -r retailer mode start_url; do
  [[ "$retailer" == "retailer" ]] && continue   # header
  case "$mode" in
    scraperapi)
      python3 /srv/retailradar/bin/crawl_pdp.py --retailer "$retailer" --start "$start_url" \
        --fetch "http://api.scraperapi.com?api_key=${SCRAPERAPI_KEY}&country_code=eu&url=" \
        --out "$WORK/$retailer.jsonl"
      ;;
    unlocker)
      python3 /srv/retailradar/bin/crawl_pdp.py --retailer "$retailer" --start "$start_url" \
        --proxy "http://${BD_UNLOCKER_AUTH}@brd.superproxy.io:33335" --insecure \
        --out "$WORK/$retailer.jsonl"
      ;;
    *)
      echo "unknown mode $mode for $retailer"; continue ;;
  esac
done < /srv/retailradar/conf/retailers.csv

# --- 3. ship -------------------------------------------------------------------
gzip -9 "$WORK"/*.jsonl
aws s3 cp --recursive "$WORK" "s3://retailradar-landing/$DAY/" --only-show-errors

# --- 4. BigQuery ---------------------------------------------------------------
GOOGLE_APPLICATION_CREDENTIALS=/srv/retailradar/conf/bq-loader.json \
  python3 /srv/retailradar/bin/export_to_bigquery.py --day "$DAY"

ITEMS=$(zcat "$WORK"/*.jsonl.gz | wc -l)
notify ":white_check_mark: nightly crawl ok, ${ITEMS} rows"
echo "== $(date -u) done ($ITEMS rows)"
find /srv/retailradar/work -maxdepth 1 -type d -mtime +7 -exec rm -rf {} +
