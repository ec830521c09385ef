#!/bin/bash
# 每日 03:10 备份 WMS 库并上传七牛（crontab -u wms）
# 10 3 * * * /opt/jisu-wms/deploy/backup_mysql.sh >> /var/log/jisu-backup.log 2>&1
set -e

DATE=$(date +%F)
OUT=/data/backup/jisu_wms_${DATE}.sql.gz

mysqldump -h 10.60.0.21 -u backup -p'Backup#Jisu88' --single-transaction --routines jisu_wms | gzip > "$OUT"

# 七牛 qshell 已在 wms 用户下 account 过，这里防止 token 丢失重新登录一次
/usr/local/bin/qshell account ⟦b61c_qiniu_access_key:bak⟧ ⟦b61c_qiniu_secret_key:bak⟧ backup -w
/usr/local/bin/qshell rput jisu-db-backup "mysql/$(basename "$OUT")" "$OUT" --overwrite

find /data/backup -name 'jisu_wms_*.sql.gz' -mtime +7 -delete
echo "[$(date '+%F %T')] backup ok: $OUT"
