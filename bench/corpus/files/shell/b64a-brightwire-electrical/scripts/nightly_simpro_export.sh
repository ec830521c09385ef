#!/bin/bash
# nightly_simpro_export.sh – pulls invoices + job costs from simPRO and loads them into the reporting DB
# cron: 15 1 * * * /opt/brightwire/scripts/nightly_simpro_export.sh >> /var/log/brightwire/simpro.log 2>&1

set -eo pipefail

BUILD="https://brightwire.simprosuite.com/api/v1.0"
COMPANY=0
TOKEN="⟦b64a_simpro_api_key:cron⟧"
OUT=/var/lib/brightwire/exports/$(date +%F)
mkdir -p "$OUT"

page=1
while :; do
  curl -sf "$BUILD/companies/$COMPANY/invoices/?pageSize=250&page=$page&columns=ID,Type,Total,DateIssued,Job" \
    -H "Authorization: Bearer $TOKEN" -o "$OUT/invoices_$page.json"
  count=$(jq length "$OUT/invoices_$page.json")
  [ "$count" -lt 250 ] && break
  page=$((page+1))
done

curl -sf "$BUILD/companies/$COMPANY/jobs/?pageSize=250&columns=ID,Name,Stage,Total" \
  -H "Authorization: Bearer $TOKEN" -o "$OUT/jobs.json"

# load into postgres
PGPASSWORD='sparky' psql -h localhost -U brightwire brightwire <<SQL
\copy staging_simpro_invoices(raw) FROM PROGRAM 'jq -c ".[]" $OUT/invoices_*.json';
\copy staging_simpro_jobs(raw) FROM PROGRAM 'jq -c ".[]" $OUT/jobs.json';
CALL reporting.refresh_simpro();
SQL

# weekly dump to the NAS
if [ "$(date +%u)" = "7" ]; then
  pg_dump -h localhost -U brightwire brightwire | gzip > /mnt/nas/backups/brightwire_$(date +%F).sql.gz
fi

echo "$(date -Is) simpro export ok ($page invoice pages)"
