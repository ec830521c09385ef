#!/usr/bin/env bash
# Backfill Delhivery AWB status for orders stuck in "MANIFESTED" (Diwali sale mess, 2024-11-02)
# usage: ./backfill_awb.sh awbs.txt > statuses.jsonl
set -euo pipefail

INPUT="${1:?awb list file}"
DLV_TOKEN="${DELHIVERY_TOKEN:-⟦b61a_delhivery_token:backfill⟧}"
BASE="https://track.delhivery.com/api/v1/packages/json/"

batch=()
flush() {
  local ids
  ids=$(IFS=,; echo "${batch[*]}")
  curl -sS --retry 3 -G "$BASE" \
    -H "Authorization: Token ${DLV_TOKEN}" \
    -H "Accept: application/json" \
    --data-urlencode "waybill=${ids}" | jq -c '.ShipmentData[].Shipment | {awb: .AWB, status: .Status.Status, at: .Status.StatusDateTime}'
  batch=()
  sleep 0.4   # 50 req/10s limit
}

while IFS= read -r awb; do
  [[ -z "$awb" || "$awb" == \#* ]] && continue
  batch+=("$awb")
  if (( ${#batch[@]} >= 50 )); then flush; fi
done < "$INPUT"
(( ${#batch[@]} > 0 )) && flush
