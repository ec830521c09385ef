#!/usr/bin/env bash
# nightly_backup.sh - dump the shifts DB and copy it to DigitalOcean Spaces
# crontab (root): 15 3 * * * /srv/shifts/scripts/nightly_backup.sh >> /var/log/shifts-backup.log 2>&1
set -euo pipefail

STAMP=$(date +%Y%m%d-%H%M)
OUT=/var/backups/shifts/shifts-$STAMP.sql.gz
mkdir -p /var/backups/shifts

export PGPASSWORD='⟦db_password:rb⟧'
pg_dump -h 10.116.0.4 -U shifts_app --no-owner shifts | gzip -9 > "$OUT"
unset PGPASSWORD

# s3cmd is configured in /root/.s3cfg but cron's HOME was wrong once, so pass keys explicitly
s3cmd --host=nyc3.digitaloceanspaces.com --host-bucket='%(bucket)s.nyc3.digitaloceanspaces.com' \
  --access_key=⟦digitalocean_spaces_key_id:rb⟧ \
  --secret_key=⟦digitalocean_spaces_secret:rb⟧ \
  put "$OUT" s3://riverbend-backups/shifts/

# keep 14 days locally
find /var/backups/shifts -name 'shifts-*.sql.gz' -mtime +14 -delete

sha256sum "$OUT"
echo "backup ok: $OUT"
