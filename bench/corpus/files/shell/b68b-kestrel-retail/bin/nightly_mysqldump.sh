#!/usr/bin/env bash
# nightly logical dump of kestrel_production from replica db-prod-03, shipped to S3.
# cron: /etc/cron.d/kestrel-dump  ->  15 2 * * * backup /opt/kestrel/bin/nightly_mysqldump.sh
set -euo pipefail

DB_HOST=db-prod-03.kestrel.lan
DB_USER=backup
DB_PASS='⟦password:backup⟧'
DATABASES=(kestrel_production kestrel_queue)
OUT_DIR=/srv/backup/mysql
RETAIN_DAYS=7
STAMP=$(date +%F)

# s3 uploader (IAM user kestrel-backup-uploader, PutObject only on the bucket)
export AWS_ACCESS_KEY_ID=⟦aws_access_key_id:up⟧
export AWS_SECRET_ACCESS_KEY=⟦aws_secret_access_key:up⟧
export AWS_DEFAULT_REGION=us-east-1
BUCKET=s3://kestrel-db-backups/mysql

log() { echo "$(date -Is) $*" | tee -a /var/log/kestrel-dump.log; }

mkdir -p "$OUT_DIR/$STAMP"

for db in "${DATABASES[@]}"; do
  log "dumping $db"
  mysqldump -h "$DB_HOST" -u "$DB_USER" -p"$DB_PASS" \
    --single-transaction --quick --routines --triggers --events \
    --set-gtid-purged=OFF --hex-blob "$db" \
    | zstd -T0 -q > "$OUT_DIR/$STAMP/$db.sql.zst"
done

log "uploading"
aws s3 cp --recursive --only-show-errors "$OUT_DIR/$STAMP" "$BUCKET/$STAMP/"

log "pruning local copies older than $RETAIN_DAYS days"
find "$OUT_DIR" -mindepth 1 -maxdepth 1 -type d -mtime +"$RETAIN_DAYS" -exec rm -rf {} +

curl -fsS -m 10 --retry 3 "https://hc-ping.com/⟦uuid:hc⟧" > /dev/null
log "done"
