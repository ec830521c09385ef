#!/bin/bash
# backup_db.sh — สำรองฐานข้อมูล baanthai ทุกคืน ขึ้น S3 (cron 02:30 บน ops-01)
# crontab: 30 2 * * * /home/ops/bin/backup_db.sh >> /var/log/baanthai-backup.log 2>&1
set -eo pipefail

export PGHOST=baanthai-prod.c9xk2lq8p1ab.ap-southeast-1.rds.amazonaws.com
export PGUSER=baanthai_admin
export PGPASSWORD='⟦db_password:rds⟧'
export PGDATABASE=baanthai

# IAM user "backup-bot" (ควรเปลี่ยนไปใช้ instance profile)
export AWS_ACCESS_KEY_ID=⟦aws_access_key_id:backup⟧
export AWS_SECRET_ACCESS_KEY=⟦aws_secret_access_key:backup⟧
export AWS_DEFAULT_REGION=ap-southeast-1

BUCKET=s3://baanthai-db-backups
STAMP=$(date +%Y%m%d-%H%M)
OUT=/tmp/baanthai-${STAMP}.dump

echo "[$(date -Is)] เริ่ม backup"
pg_dump -Fc -f "${OUT}"
aws s3 cp "${OUT}" "${BUCKET}/daily/baanthai-${STAMP}.dump" --storage-class STANDARD_IA
rm -f "${OUT}"

# ลบไฟล์เก่ากว่า 30 วัน (lifecycle ยังไม่ได้ตั้ง)
aws s3 ls "${BUCKET}/daily/" | awk '{print $4}' | while read -r f; do
  d=$(echo "$f" | sed -E 's/baanthai-([0-9]{8}).*/\1/')
  if [[ "$d" < "$(date -d '30 days ago' +%Y%m%d)" ]]; then
    aws s3 rm "${BUCKET}/daily/${f}"
  fi
done

curl -s -X POST https://api.line.me/v2/bot/message/push \
  -H "Authorization: Bearer ⟦b58a_line_channel_access_token:ops⟧" \
  -H 'Content-Type: application/json' \
  -d "{\"to\":\"C4f1e2d3c4b5a69788776655443322110\",\"messages\":[{\"type\":\"text\",\"text\":\"✅ backup ${STAMP} เสร็จแล้ว\"}]}"
echo "[$(date -Is)] เสร็จ"
