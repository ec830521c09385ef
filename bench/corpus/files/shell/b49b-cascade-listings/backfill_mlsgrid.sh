#!/usr/bin/env bash
# Backfill Canopy listings from MLS Grid after the March outage.
# MLS Grid asks for <= 2 requests/second and <= 4 GB/hour of media; we sleep 0.6s per page.
#
# usage: ./backfill_mlsgrid.sh 2024-03-01T00:00:00.000Z  > canopy-backfill.ndjson
set -euo pipefail

SINCE="${1:?since timestamp required}"
TOKEN="${MLSGRID_TOKEN:-⟦b49b_mlsgrid_access_token:backfill⟧}"
URL="https://api.mlsgrid.com/v2/Property?\$filter=OriginatingSystemName%20eq%20'carolina'%20and%20ModificationTimestamp%20gt%20${SINCE}&\$expand=Media,Rooms,UnitTypes&\$top=1000"

page=0
while [[ -n "$URL" ]]; do
  page=$((page + 1))
  resp=$(curl -sS --compressed -H "Authorization: Bearer ${TOKEN}" "$URL")
  echo "$resp" | jq -c '.value[]'
  URL=$(echo "$resp" | jq -r '."@odata.nextLink" // empty')
  echo "page ${page} done" >&2
  sleep 0.6
done
