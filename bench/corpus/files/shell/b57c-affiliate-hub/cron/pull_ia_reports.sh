#!/bin/bash
# Nightly pull of Income Access reports + push to the finance SFTP. crontab: 15 2 * * * (affhub@etl01)
set -eo pipefail
DAY=$(date -u -d yesterday +%F)
OUT=/data/affhub/ia/$DAY
mkdir -p "$OUT"

for report in registrations ftd revenue_share cpa; do
  curl -fsS --retry 3 \
    "https://admin.kestrelbetpartners.ca/api/reports/${report}?date=${DAY}&format=csv&key=⟦b57c_incomeaccess_api_key:ca⟧" \
    -o "$OUT/${report}.csv"
done

# finance SFTP doesn't do keys ("policy"), so sshpass it is
export SSHPASS='Fin@nceDrop2025'
sshpass -e sftp -oBatchMode=no -oStrictHostKeyChecking=accept-new affhub@sftp.finance.kestrel.internal <<EOT
mkdir /inbound/affiliates/$DAY
put $OUT/*.csv /inbound/affiliates/$DAY/
EOT

find /data/affhub/ia -maxdepth 1 -type d -mtime +30 -exec rm -rf {} +
