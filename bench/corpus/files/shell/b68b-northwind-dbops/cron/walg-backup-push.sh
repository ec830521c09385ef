#!/bin/bash
# /usr/local/bin/walg-backup-push.sh — nightly base backup with WAL-G
# cron.d/walg: 0 1 * * * postgres /usr/local/bin/walg-backup-push.sh >> /var/log/walg/backup.log 2>&1
# env normally comes from /etc/wal-g/env (ansible); inlined here on pg-billing-02 while ansible was broken (DBP-390)
set -euo pipefail

export WALG_S3_PREFIX="s3://nw-walg-nw-billing/pg-billing-02"
export AWS_REGION="eu-west-1"
export AWS_ACCESS_KEY_ID="⟦aws_access_key_id:walg⟧"
export AWS_SECRET_ACCESS_KEY="⟦aws_secret_access_key:walg⟧"
export WALG_LIBSODIUM_KEY="⟦b68b_walg_libsodium_key⟧"
export WALG_LIBSODIUM_KEY_TRANSFORM="hex"
export WALG_COMPRESSION_METHOD="zstd"
export WALG_DELTA_MAX_STEPS="6"
export WALG_UPLOAD_CONCURRENCY="8"
export PGHOST="/var/run/postgresql"
export PGDATA="/var/lib/postgresql/16/main"

# only run on the replica
if [ "$(psql -Atc 'select pg_is_in_recovery()')" != "t" ]; then
  echo "$(date -Is) not a replica, skipping"
  exit 0
fi

echo "$(date -Is) backup-push start"
wal-g backup-push "$PGDATA"
echo "$(date -Is) backup-push done"

# keep 7 full backups (+ deltas), delete older WAL
wal-g delete retain FULL 7 --confirm

# heartbeat to Healthchecks
curl -fsS -m 10 --retry 3 "https://hc-ping.com/⟦uuid:hc⟧" > /dev/null
