#!/bin/bash
# MariaDB ダンプを IIJ GIO ストレージへ送る (cron: 30 4 * * *)
set -euo pipefail

export AWS_ACCESS_KEY_ID="⟦b60c_iij_access_key_id:prod⟧"
export AWS_SECRET_ACCESS_KEY="⟦b60c_iij_secret_key:prod⟧"
export AWS_DEFAULT_REGION="ap-northeast-1"
ENDPOINT="https://gss.iijgio.com"
BUCKET="s3://yamabiko-backup"

DATE=$(date +%Y%m%d)
DUMP="/var/backups/mysql/yamabiko-${DATE}.sql.gz"

mysqldump --defaults-extra-file=/root/.my.cnf --single-transaction --routines --triggers yamabiko | gzip > "$DUMP"
sha256sum "$DUMP" > "${DUMP}.sha256"

aws --endpoint-url "$ENDPOINT" s3 cp "$DUMP" "${BUCKET}/mysql/${DATE}/"
aws --endpoint-url "$ENDPOINT" s3 cp "${DUMP}.sha256" "${BUCKET}/mysql/${DATE}/"

# 14 日より古いローカルダンプを削除
find /var/backups/mysql -name 'yamabiko-*.sql.gz*' -mtime +14 -delete
logger -t backup_to_iij "uploaded ${DUMP}"
