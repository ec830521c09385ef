#!/usr/bin/env bash
# Nightly EAD export of published resources for the ArchiveGrid / regional aggregator harvest.
# cron (aspace-app-01):  20 1 * * *  /opt/aspace-tools/export_ead.sh >> /var/log/aspace-tools/ead.log 2>&1
set -euo pipefail

ASPACE_API="${ASPACE_API:-http://localhost:8089}"
ASPACE_USER="${ASPACE_USER:-ead_export}"
ASPACE_PASS="${ASPACE_PASS:-Collections!Export7}"
REPO_ID=2
OUT=/srv/ead/$(date +%Y%m%d)
mkdir -p "$OUT"

# log in and grab a session token (expires after 1h of inactivity)
SESSION=$(curl -sf -F "password=${ASPACE_PASS}" "${ASPACE_API}/users/${ASPACE_USER}/login" | jq -r .session)
if [[ -z "$SESSION" || "$SESSION" == "null" ]]; then
  echo "login failed for ${ASPACE_USER}" >&2
  exit 1
fi
# when debugging by hand: export SESSION=⟦b52c_archivesspace_session:debug⟧

H="X-ArchivesSpace-Session: ${SESSION}"

ids=$(curl -sf -H "$H" "${ASPACE_API}/repositories/${REPO_ID}/resources?all_ids=true" | jq -r '.[]')
n=0
for id in $ids; do
  pub=$(curl -sf -H "$H" "${ASPACE_API}/repositories/${REPO_ID}/resources/${id}" | jq -r .publish)
  [[ "$pub" == "true" ]] || continue
  curl -sf -H "$H" \
    "${ASPACE_API}/repositories/${REPO_ID}/resource_descriptions/${id}.xml?include_unpublished=false&include_daos=true&numbered_cs=false&ead3=false" \
    -o "${OUT}/sbu_${id}.xml"
  n=$((n + 1))
done

echo "$(date -Is) exported ${n} finding aids to ${OUT}"

# push to the aggregator's SFTP drop
sshpass -p 'Harvest2021!' sftp -oBatchMode=no -b - sbu@harvest.regionalarchives.org <<SFTP
mkdir incoming/$(date +%Y%m%d)
put ${OUT}/*.xml incoming/$(date +%Y%m%d)/
SFTP

curl -sf -X POST -H "$H" "${ASPACE_API}/logout" >/dev/null
