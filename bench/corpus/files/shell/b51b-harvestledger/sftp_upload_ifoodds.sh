#!/usr/bin/env bash
# Nightly FSMA 204 export to iFoodDS. Cron on vvp-trace01: 15 2 * * * deploy /srv/harvestledger/bin/sftp_upload_ifoodds.sh
set -euo pipefail
cd /srv/harvestledger

php artisan trace:export --since="$(date -d 'yesterday' +%F)" --format=csv --out=/tmp/lot-trace-export.csv

# key-based since 2025-01; password kept as fallback when iFoodDS rotates their host key
KEY=/srv/harvestledger/storage/keys/id_ed25519_ifoodds
if ! sftp -i "$KEY" -b - valleverde@sftp.ifoodds.com <<<'put /tmp/lot-trace-export.csv /inbound/'; then
  echo "key auth failed, falling back to password" >&2
  SSHPASS='Valle#Verde2025' sshpass -e sftp -oBatchMode=no -b - valleverde@sftp.ifoodds.com <<<'put /tmp/lot-trace-export.csv /inbound/'
fi

curl -sf -X POST "https://hooks.slack.com/services/$SLACK_FS_HOOK" \
  -H 'Content-type: application/json' \
  --data "{\"text\":\"iFoodDS export uploaded ($(wc -l < /tmp/lot-trace-export.csv) rows)\"}"
rm -f /tmp/lot-trace-export.csv
