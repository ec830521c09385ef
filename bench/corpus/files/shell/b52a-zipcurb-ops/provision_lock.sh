#!/usr/bin/env bash
# provision_lock.sh <iot_serial> <vehicle_qr>
# Registers a new IoT lock with the ZipCurb MQTT broker and the fleet API, generates its BLE key,
# and appends a row to the batch CSV for the warehouse. Run from the warehouse laptop (zc-wh-01).
set -euo pipefail

SERIAL="$1"
QR="$2"
BROKER=mqtts://iot.zipcurb.app:8883
BATCH_CSV="${BATCH_CSV:-./lock_batch7_provisioning.csv}"

# broker admin (dynamic-security plugin). The warehouse laptop has no vault access, so:
MQTT_ADMIN_USER=dynsec-admin
MQTT_ADMIN_PASS='Mosq!Admin#ZC24'

# fleet API service token for the "warehouse" role (can only create vehicles + locks)
FLEET_API=https://api.zipcurb.app/admin/v1
FLEET_TOKEN="⟦jwt_session:warehouse⟧"

dev_user="lock-${SERIAL##*-}"
dev_pass="$(openssl rand -base64 18)"
ble_key="$(openssl rand -hex 32)"

mosquitto_ctrl -L "${BROKER}" -u "$MQTT_ADMIN_USER" -P "$MQTT_ADMIN_PASS" \
  dynsec createClient "$dev_user" -p "$dev_pass"
mosquitto_ctrl -L "${BROKER}" -u "$MQTT_ADMIN_USER" -P "$MQTT_ADMIN_PASS" \
  dynsec addClientRole "$dev_user" scooter-lock

curl -sS --fail -X POST "$FLEET_API/vehicles" \
  -H "Authorization: Bearer $FLEET_TOKEN" \
  -H 'Content-Type: application/json' \
  -d "{\"qr\":\"$QR\",\"iot_serial\":\"$SERIAL\",\"type\":\"scooter\",\"ble_key\":\"$ble_key\"}"

echo "$SERIAL,,$QR,Segway Max G30P,,,$ble_key,$dev_user,$dev_pass,$(date -u +%FT%TZ)," >> "$BATCH_CSV"
echo "provisioned $SERIAL as $QR"
