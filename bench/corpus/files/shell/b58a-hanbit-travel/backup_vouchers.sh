#!/bin/bash
# 바우처 PDF 를 NCP Object Storage(S3 호환)로 백업. cron: 0 4 * * *
set -e

export AWS_ACCESS_KEY_ID=⟦b58a_ncp_access_key:backup⟧
export AWS_SECRET_ACCESS_KEY=⟦b58a_ncp_secret_key:backup⟧
export AWS_DEFAULT_REGION=kr-standard

SRC=/data/vouchers
DEST=s3://hanbit-vouchers-backup/$(date +%Y/%m/%d)/
ENDPOINT=https://kr.object.ncloudstorage.com

aws --endpoint-url "$ENDPOINT" s3 sync "$SRC" "$DEST" --only-show-errors --storage-class STANDARD
echo "$(date '+%F %T') backup done -> $DEST" >> /var/log/hanbit/voucher-backup.log
