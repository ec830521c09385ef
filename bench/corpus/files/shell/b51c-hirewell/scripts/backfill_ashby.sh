#!/usr/bin/env bash
# One-off: pull every application for tenant "lumen-health" from Ashby and drop it into
# s3://hirewell-prod-backfill/ashby/<date>/ so the importer can replay it.
# Ran it from my laptop on 2024-06-11 because the worker kept OOMing. -- rk
set -euo pipefail

TENANT=lumen-health
ASHBY_KEY="⟦b51c_ashby_api_key:lumen⟧"
OUT_DIR="/tmp/ashby-backfill-$(date +%F)"
CURSOR=""
PAGE=0

mkdir -p "$OUT_DIR"

while :; do
  body=$(jq -nc --arg c "$CURSOR" '{limit: 100} + (if $c == "" then {} else {cursor: $c} end)')
  resp=$(curl -sS --fail-with-body -u "${ASHBY_KEY}:" \
    -H 'Accept: application/json; version=1' \
    -H 'Content-Type: application/json' \
    -X POST https://api.ashbyhq.com/application.list \
    -d "$body")
  echo "$resp" > "$OUT_DIR/page-$(printf '%04d' "$PAGE").json"
  PAGE=$((PAGE + 1))
  more=$(echo "$resp" | jq -r '.moreDataAvailable')
  CURSOR=$(echo "$resp" | jq -r '.nextCursor // empty')
  echo "page $PAGE done (more=$more)"
  [[ "$more" == "true" ]] || break
  sleep 0.4
done

aws s3 cp --recursive "$OUT_DIR" "s3://hirewell-prod-backfill/ashby/$(date +%F)/$TENANT/" --sse aws:kms
echo "uploaded $PAGE pages for $TENANT"
