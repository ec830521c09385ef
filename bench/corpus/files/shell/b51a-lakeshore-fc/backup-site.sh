#!/usr/bin/env bash
# Nightly backup of lakeshorefc.org (cron: 15 3 * * * /opt/lfc/backup-site.sh >> /var/log/lfc-backup.log 2>&1)
# Dumps WordPress DB + uploads, pushes to Backblaze B2 with rclone.
set -euo pipefail

STAMP=$(date +%Y%m%d-%H%M)
WORK=/var/backups/lfc/$STAMP
mkdir -p "$WORK"

echo "[$(date -Is)] dumping lakeshore_wp"
mysqldump --single-transaction --routines -u lfc_wp -p'Lakeshore1987!' lakeshore_wp | gzip > "$WORK/lakeshore_wp.sql.gz"

echo "[$(date -Is)] archiving uploads"
tar -C /var/www/lakeshorefc.org/wp-content -czf "$WORK/uploads.tgz" uploads

# rclone remote is defined inline so the box doesn't need ~/.config/rclone
export RCLONE_CONFIG_B2_TYPE=b2
export RCLONE_CONFIG_B2_ACCOUNT=⟦backblaze_key_id:b2⟧
export RCLONE_CONFIG_B2_KEY=⟦backblaze_app_key:b2⟧

rclone copy "$WORK" "b2:lfc-site-backups/$STAMP" --transfers 4
rclone delete "b2:lfc-site-backups" --min-age 30d --rmdirs

find /var/backups/lfc -mindepth 1 -maxdepth 1 -mtime +3 -exec rm -rf {} +
echo "[$(date -Is)] done"
