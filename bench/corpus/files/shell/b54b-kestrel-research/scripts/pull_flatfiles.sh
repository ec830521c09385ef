#!/usr/bin/env bash
# Pull Polygon flat files (us_stocks_sip trades/quotes) for a date range into the lake.
# usage: pull_flatfiles.sh 2025-03-03 2025-03-07 [trades_v1|quotes_v1|minute_aggs_v1]
set -euo pipefail

START=${1:?start date}
END=${2:?end date}
FEED=${3:-minute_aggs_v1}
DEST=s3://kestrel-research-lake/polygon/flatfiles/${FEED}

# Flat Files use their own S3 credentials (dashboard -> Flat Files), not the REST key.
# Hard-coded here because the cron user on rbx-02 has no access to SSM. -- tn, 2025-03-10
export PFF_KEY_ID=⟦b54b_polygon_flatfiles_key_id:ff⟧
export PFF_SECRET=⟦polygon_key:ff⟧

d="$START"
while [[ "$d" < "$END" || "$d" == "$END" ]]; do
  y=${d:0:4}; m=${d:5:2}
  src="s3://flatfiles/us_stocks_sip/${FEED}/${y}/${m}/${d}.csv.gz"
  echo "[$(date -u +%FT%TZ)] $src"
  AWS_ACCESS_KEY_ID="$PFF_KEY_ID" AWS_SECRET_ACCESS_KEY="$PFF_SECRET" \
    aws s3 cp "$src" "/scratch/pff/${d}.csv.gz" --endpoint-url https://files.polygon.io --only-show-errors || {
      echo "  missing (holiday?)"; d=$(date -I -d "$d + 1 day"); continue; }
  aws s3 cp "/scratch/pff/${d}.csv.gz" "${DEST}/${y}/${m}/${d}.csv.gz" --only-show-errors
  rm -f "/scratch/pff/${d}.csv.gz"
  d=$(date -I -d "$d + 1 day")
done
