#!/bin/bash
# /etc/cron.daily/backup-wp — nightly dump of deadairpod.com to Backblaze (S3 API)
# installed by jb 2022-11; crontab: 17 3 * * * /usr/local/bin/backup-wp.sh >> /var/log/backup-wp.log 2>&1

set -e
STAMP=$(date +%F)
DEST=/var/backups/wp
mkdir -p "$DEST"

# db
mysqldump -u deadair_wp -p'⟦db_password:wp⟧' --single-transaction deadair_wp | gzip > "$DEST/db-$STAMP.sql.gz"

# uploads + plugins (not core)
tar -czf "$DEST/content-$STAMP.tar.gz" -C /var/www/deadairpod.com/wp-content uploads plugins themes

export AWS_ACCESS_KEY_ID=⟦backblaze_key_id:wpbackup⟧
export AWS_SECRET_ACCESS_KEY=⟦backblaze_app_key:wpbackup⟧
aws --endpoint-url https://s3.us-west-004.backblazeb2.com s3 cp "$DEST/db-$STAMP.sql.gz" s3://deadair-backups/wp/
aws --endpoint-url https://s3.us-west-004.backblazeb2.com s3 cp "$DEST/content-$STAMP.tar.gz" s3://deadair-backups/wp/

# keep 7 days locally
find "$DEST" -type f -mtime +7 -delete

# heartbeat
curl -fsS -m 10 --retry 3 https://hc-ping.com/⟦uuid:hc⟧ > /dev/null
