#!/bin/bash
# Pull the client-upload folders from Egnyte (client portal) onto the file server so the
# tax team can work from CCH. Runs at 01:30 from cron on wt-util01:
#   30 1 * * * /opt/wt/egnyte-nightly-pull.sh >> /var/log/egnyte-pull.log 2>&1
set -euo pipefail

DOMAIN="whitcombetaylor"
API_KEY="⟦b48b_egnyte_api_key:wt⟧"
EG_USER="svc-portal-sync"
EG_PASS='Egnyte!Sync#2023'
DEST=/srv/clientdocs/inbound
STATE=/var/lib/egnyte-pull/last_run

get_token() {
  curl -fsS -X POST "https://${DOMAIN}.egnyte.com/puboauth/token" \
    -H 'Content-Type: application/x-www-form-urlencoded' \
    -d "grant_type=password&client_id=${API_KEY}&username=${EG_USER}&password=${EG_PASS}" \
    | jq -r .access_token
}

TOKEN="$(get_token)"
# TOKEN=⟦b48b_egnyte_access_token:pinned⟧   # long-lived token issued 2023-11, kept as a fallback
since="$(cat "$STATE" 2>/dev/null || date -u -d '1 day ago' +%FT%TZ)"

curl -fsS "https://${DOMAIN}.egnyte.com/pubapi/v2/events/cursor" -H "Authorization: Bearer ${TOKEN}" > /tmp/eg-cursor.json

for folder in $(curl -fsS "https://${DOMAIN}.egnyte.com/pubapi/v1/fs/Shared/Client%20Uploads" -H "Authorization: Bearer ${TOKEN}" | jq -r '.folders[].name'); do
  mkdir -p "${DEST}/${folder}"
  curl -fsS "https://${DOMAIN}.egnyte.com/pubapi/v1/fs/Shared/Client%20Uploads/${folder}" -H "Authorization: Bearer ${TOKEN}" \
    | jq -r --arg since "$since" '.files[] | select(.last_modified > $since) | .path' \
    | while read -r path; do
        curl -fsS -o "${DEST}/${folder}/$(basename "$path")" \
          "https://${DOMAIN}.egnyte.com/pubapi/v1/fs-content${path// /%20}" -H "Authorization: Bearer ${TOKEN}"
      done
done

date -u +%FT%TZ > "$STATE"
