#!/usr/bin/env bash
# nrf_provision.sh <serial-port> <device-id>
# Generates the device key on the nRF9160 modem, gets a certificate from our CA and onboards the
# FT-1 tracker to nRF Cloud. Requires nrfcloud-utils >= 1.0 and the CA files in ./ca/.
set -euo pipefail
PORT="${1:?port}"
DEV_ID="${2:?device id, e.g. ft1-00412}"

API_KEY="${NRFCLOUD_API_KEY:-⟦b46c_nrfcloud_api_key:prov⟧}"
CA_CERT=ca/fieldnote-device-ca.pem
CA_KEY=ca/fieldnote-device-ca.key
CA_KEY_PASS='FieldnoteCA!2023'

device_credentials_installer --port "$PORT" --id-str "$DEV_ID" --id-imei \
  --ca "$CA_CERT" --ca-key "$CA_KEY" --ca-pw "$CA_KEY_PASS" \
  --sectag 16842753 --coap --verify --local-cert-file "certs/${DEV_ID}.pem" \
  --csv onboard.csv

nrf_cloud_onboard --api-key "$API_KEY" --csv onboard.csv --res onboard_result.csv

curl -fsS -H "Authorization: Bearer $API_KEY" "https://api.nrfcloud.com/v1/devices/${DEV_ID}" | jq '.state.reported.device.deviceInfo'
