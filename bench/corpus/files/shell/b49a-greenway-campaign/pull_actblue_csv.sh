#!/bin/sh
# pull_actblue_csv.sh - request a paid_contributions CSV from the ActBlue CSV API and download it
# usage: ./pull_actblue_csv.sh 2024-09-01 2024-09-30 > contributions-sept.csv
# (runs on Marcus's laptop until the ECS task is fixed)
set -eu

START=${1:?start date}
END=${2:?end date}

AB_UUID='⟦b49a_actblue_client_uuid:sh⟧'
AB_SECRET='⟦b49a_actblue_client_secret:sh⟧'

ID=$(curl -sf -u "$AB_UUID:$AB_SECRET" -H 'Content-Type: application/json' \
  -d "{\"csv_type\":\"paid_contributions\",\"date_range_start\":\"$START\",\"date_range_end\":\"$END\"}" \
  https://secure.actblue.com/api/v1/csvs | jq -r .id)

echo "csv request $ID" >&2

while :; do
  RESP=$(curl -sf -u "$AB_UUID:$AB_SECRET" "https://secure.actblue.com/api/v1/csvs/$ID")
  STATUS=$(echo "$RESP" | jq -r .status)
  [ "$STATUS" = "complete" ] && break
  echo "status=$STATUS, waiting" >&2
  sleep 15
done

curl -sf "$(echo "$RESP" | jq -r .download_url)"
