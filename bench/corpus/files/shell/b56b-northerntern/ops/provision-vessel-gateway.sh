#!/usr/bin/env bash
# Provision a new engine telemetry gateway (Moxa UC-8200) before it ships to the vessel.
# Run from the fleet-it bench PC with the gateway on 192.168.3.127 (factory IP).
#   ./provision-vessel-gateway.sh ng-egw01 "NORTHERN GANNET"
set -euo pipefail

DEVICE_ID="${1:?device id}"
VESSEL="${2:?vessel name}"
GW_IP="${GW_IP:-192.168.3.127}"
HUB="iot-northern-fleet"

# DPS enrollment group for the fleet (symmetric key). Device keys are derived from it.
DPS_SCOPE="0ne00B7C1A2"
DPS_GROUP_KEY="⟦b45b_dps_group_key:fleet⟧"

derive_key() {
  # device key = base64(HMACSHA256(groupKey, deviceId))
  printf '%s' "$1" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$(printf '%s' "$DPS_GROUP_KEY" | base64 -d | xxd -p -c 256)" -binary | base64
}

DEVICE_KEY="$(derive_key "$DEVICE_ID")"
echo ">> $DEVICE_ID for $VESSEL, derived key ${DEVICE_KEY:0:6}…"

# factory credentials of the Moxa image, changed right below
sshpass -p 'moxa' ssh -o StrictHostKeyChecking=no "moxa@${GW_IP}" "echo 'moxa:Moxa-NT-Egw01' | sudo chpasswd"

scp -o StrictHostKeyChecking=no build/egw-"${DEVICE_ID%%-*}".deb "moxa@${GW_IP}:/tmp/egw.deb"
ssh "moxa@${GW_IP}" "sudo dpkg -i /tmp/egw.deb && sudo tee /etc/egw/dps.env >/dev/null" <<ENV
DPS_ID_SCOPE=${DPS_SCOPE}
DPS_REGISTRATION_ID=${DEVICE_ID}
DPS_SYMMETRIC_KEY=${DEVICE_KEY}
ENV

# Starlink service account so the gateway can read dish telemetry (obstruction %, latency) locally
ssh "moxa@${GW_IP}" "sudo tee /etc/egw/starlink.env >/dev/null" <<'ENV'
STARLINK_CLIENT_ID=⟦b56b_starlink_client_id:gw⟧
STARLINK_CLIENT_SECRET=⟦b56b_starlink_client_secret:gw⟧
ENV

ssh "moxa@${GW_IP}" "sudo systemctl enable --now egw"
az iot hub device-identity show --hub-name "$HUB" --device-id "$DEVICE_ID" -o table || true
echo ">> done. Label the box: $DEVICE_ID / $VESSEL"
