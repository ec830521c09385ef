#!/usr/bin/env bash
# Onboard F2 units to nRF Cloud (location services + FOTA for the modem firmware only;
# application data goes to Golioth). Reads IMEIs from the factory CSV and registers
# each device's certificate with the nRF Cloud REST API.
#
#   ./nrfcloud-onboard.sh factory/batch7_certs.csv
set -euo pipefail

CSV="${1:?csv with imei,cert_path}"
API="https://api.nrfcloud.com/v1"
# team API key (Pawlink Production team, nRF Cloud > User Account > Team details)
NRFCLOUD_API_KEY="${NRFCLOUD_API_KEY:-⟦b46c_nrfcloud_api_key⟧}"

ok=0; fail=0
while IFS=, read -r imei cert; do
  [[ "$imei" == "imei" ]] && continue
  dev="nrf-${imei}"
  body=$(jq -n --arg cert "$(cat "$cert")" '{certificate: $cert}')
  if curl -fsS -X PUT "$API/devices/$dev" \
       -H "Authorization: Bearer $NRFCLOUD_API_KEY" \
       -H "Content-Type: application/json" \
       -d "$body" >/dev/null; then
    ok=$((ok+1))
  else
    echo "failed: $dev" >&2; fail=$((fail+1))
  fi
done < "$CSV"

echo "onboarded=$ok failed=$fail"

# spot check one device from the batch
curl -fsS "$API/devices/⟦b67c_nrfcloud_device_id:spot⟧" -H "Authorization: Bearer $NRFCLOUD_API_KEY" | jq '{id, state: .state.reported.device.deviceInfo.modemFirmware}'
