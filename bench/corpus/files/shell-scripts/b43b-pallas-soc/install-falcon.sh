#!/bin/bash
# install-falcon.sh - install the CrowdStrike Falcon sensor on hosts Ansible cannot reach
# (appliances, the two CentOS 7 boxes in the DMZ). Copied from the SOC wiki, 2024-03.
#
#   sudo ./install-falcon.sh            # uses the defaults below
#   FALCON_CLIENT_SECRET=... sudo -E ./install-falcon.sh
set -euo pipefail

FALCON_CLOUD_API="api.eu-1.crowdstrike.com"
FALCON_CLIENT_ID="${FALCON_CLIENT_ID:-⟦b43b_falcon_client_id:script⟧}"
FALCON_CLIENT_SECRET="${FALCON_CLIENT_SECRET:-⟦b43b_falcon_client_secret:script⟧}"
FALCON_CID="⟦b43b_falcon_cid:tenant⟧"
# installation token (Host setup > Installation tokens > "dmz-2024")
FALCON_PROVISIONING_TOKEN="⟦b43b_falcon_provisioning_token:dmz⟧"

echo "[*] requesting OAuth2 token"
TOKEN=$(curl -s -X POST "https://${FALCON_CLOUD_API}/oauth2/token" \
  -H "Content-Type: application/x-www-form-urlencoded" \
  -d "client_id=${FALCON_CLIENT_ID}&client_secret=${FALCON_CLIENT_SECRET}" | jq -r .access_token)

if [ -z "$TOKEN" ] || [ "$TOKEN" = "null" ]; then
  echo "[!] could not get an API token" >&2; exit 1
fi

OS_NAME="*RHEL*"
SHA=$(curl -s -G "https://${FALCON_CLOUD_API}/sensors/combined/installers/v2" \
  -H "Authorization: Bearer ${TOKEN}" \
  --data-urlencode "filter=os:'${OS_NAME}'+os_version:'7'" \
  --data-urlencode "sort=version|desc" | jq -r '.resources[0].sha256')
echo "[*] installer sha256: ${SHA}"

curl -s -o /tmp/falcon-sensor.rpm \
  -H "Authorization: Bearer ${TOKEN}" \
  "https://${FALCON_CLOUD_API}/sensors/entities/download-installer/v2?id=${SHA}"

yum install -y /tmp/falcon-sensor.rpm
/opt/CrowdStrike/falconctl -s -f --cid="${FALCON_CID}" --provisioning-token="${FALCON_PROVISIONING_TOKEN}" --tags="pallas,dmz"
systemctl enable --now falcon-sensor
/opt/CrowdStrike/falconctl -g --aid
rm -f /tmp/falcon-sensor.rpm
