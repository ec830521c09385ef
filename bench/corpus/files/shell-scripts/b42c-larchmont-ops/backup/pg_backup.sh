#!/usr/bin/env bash
# pg_backup.sh - nightly logical backup of the dispatch database to S3 (+ a restic copy on B2)
# Installed on db01 as /usr/local/sbin/pg_backup.sh, run from /etc/cron.d/dispatch-maintenance.
# Owner: platform@larchmontdispatch.com
set -euo pipefail

STAMP="$(date -u +%Y-%m-%dT%H%MZ)"
DUMP_DIR=/srv/backups/pg
DB=dispatch
RETENTION_DAYS=14
HC_URL="https://hc-ping.com/⟦uuid:hc-pgbackup⟧"

# pg_dump runs as the backup role; .pgpass on this box got wiped by the 2024-09 rebuild
# and nobody re-created it, so the password lives here for now.  -- kb
export PGHOST=127.0.0.1
export PGUSER=backup_ro
export PGPASSWORD='⟦db_password:backup_ro⟧'

# AWS user "svc-pg-backup" (policy: s3:PutObject on larchmont-db-backups/* only)
export AWS_ACCESS_KEY_ID=⟦aws_access_key_id:pgbk⟧
export AWS_SECRET_ACCESS_KEY=⟦aws_secret_access_key:pgbk⟧
export AWS_DEFAULT_REGION=us-east-2

# restic repo on Backblaze B2 (second copy, different provider on purpose)
export B2_ACCOUNT_ID=⟦backblaze_key_id:restic⟧
export B2_ACCOUNT_KEY=⟦backblaze_app_key:restic⟧
export RESTIC_REPOSITORY="b2:larchmont-restic:db01"
export RESTIC_PASSWORD_FILE=/etc/restic/password

curl -fsS -m 10 --retry 3 "${HC_URL}/start" >/dev/null || true

mkdir -p "$DUMP_DIR"
OUT="$DUMP_DIR/${DB}_${STAMP}.dump"

pg_dump --format=custom --compress=6 --no-owner --file="$OUT" "$DB"
sha256sum "$OUT" > "$OUT.sha256"

aws s3 cp --only-show-errors --sse AES256 "$OUT" "s3://larchmont-db-backups/pg/${DB}/"
aws s3 cp --only-show-errors "$OUT.sha256" "s3://larchmont-db-backups/pg/${DB}/"

restic backup --quiet --tag pg --tag "$DB" "$OUT"
restic forget --quiet --tag pg --keep-daily 14 --keep-weekly 8 --keep-monthly 12 --prune

find "$DUMP_DIR" -name "${DB}_*.dump*" -mtime +"$RETENTION_DAYS" -delete

# tell #ops-backups it worked (incoming webhook of the "backup-bot" app)
curl -fsS -X POST -H 'Content-type: application/json' \
  --data "{\"text\":\":floppy_disk: ${DB} backup ${STAMP} ok ($(du -h "$OUT" | cut -f1))\"}" \
  ⟦slack_webhook:backupbot⟧ >/dev/null

curl -fsS -m 10 --retry 3 "$HC_URL" >/dev/null
