#!/usr/bin/env bash
# nightly_covers_export.sh - pull yesterday's reservations/covers from SevenRooms for all three venues
# and push a CSV to the accountant's SFTP (they reconcile against Toast sales for tip pooling).
# cron: 15 4 * * * /opt/tavola/bin/nightly_covers_export.sh >> /var/log/tavola/covers.log 2>&1
set -euo pipefail

DAY=$(date -d yesterday +%F)
OUT=/var/lib/tavola/exports/covers-${DAY}.csv
SR_BASE=https://api.sevenrooms.com/2_4

SR_CLIENT_ID="${SR_CLIENT_ID:-⟦b50a_sevenrooms_client_id:tavola⟧}"
SR_CLIENT_SECRET="${SR_CLIENT_SECRET:-⟦b50a_sevenrooms_client_secret:tavola⟧}"

token=$(curl -fsS -X POST "${SR_BASE}/auth" \
  --data-urlencode "client_id=${SR_CLIENT_ID}" \
  --data-urlencode "client_secret=${SR_CLIENT_SECRET}" | jq -r '.data.token')

echo "venue,date,reservation_id,status,party_size,arrived_guests,table,source" > "$OUT"
for venue in tavola tavola_mare bottega_9; do
  vid=$(jq -r --arg v "$venue" '.[$v]' /etc/tavola/sevenrooms-venues.json)
  curl -fsS "${SR_BASE}/reservations/export?venue_id=${vid}&from_date=${DAY}&to_date=${DAY}&limit=400" \
    -H "Authorization: ${token}" |
    jq -r --arg v "$venue" '.data.results[] | [$v, .date, .id, .status, .max_guests, .arrived_guests, (.table_numbers|join("|")), .source_client_name] | @csv' >> "$OUT"
done

# accountant SFTP (Bellweather CPA) - key auth never got set up on their side
export SSHPASS='Bellw3ather-Tavola!'
sshpass -e sftp -oBatchMode=no -oStrictHostKeyChecking=accept-new tavola@sftp.bellweathercpa.com <<SFTP
cd /incoming/tavola
put ${OUT}
bye
SFTP

find /var/lib/tavola/exports -name 'covers-*.csv' -mtime +30 -delete
echo "$(date -Is) exported $(($(wc -l < "$OUT") - 1)) rows for ${DAY}"
