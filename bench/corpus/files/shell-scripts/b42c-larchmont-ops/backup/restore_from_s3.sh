#!/usr/bin/env bash
# restore_from_s3.sh - restore the newest (or a given) dispatch dump into a scratch database.
#
# Usage: restore_from_s3.sh [s3-key] [target-db]
#
# Credentials are NOT kept in this script:
#   - AWS: the instance profile of the restore box (role larchmont-restore-ro)
#   - Postgres: fetched from Secrets Manager at run time
#   - never paste a password on the command line, it ends up in ps and shell history
set -euo pipefail

BUCKET=larchmont-db-backups
PREFIX=pg/dispatch/
TARGET_DB="${2:-dispatch_restore_$(date +%Y%m%d)}"
SECRET_ID="arn:aws:secretsmanager:us-east-2:⟦aws_account_id:prod⟧:secret:prod/dispatch/pg-restore-XwL2fa"

KEY="${1:-}"
if [[ -z "$KEY" ]]; then
  KEY=$(aws s3api list-objects-v2 --bucket "$BUCKET" --prefix "$PREFIX" \
          --query 'sort_by(Contents[?ends_with(Key, `.dump`)], &LastModified)[-1].Key' --output text)
fi
echo "restoring s3://$BUCKET/$KEY into $TARGET_DB"

aws s3 cp --only-show-errors "s3://$BUCKET/$KEY" /tmp/restore.dump
aws s3 cp --only-show-errors "s3://$BUCKET/$KEY.sha256" /tmp/restore.dump.sha256
(cd /tmp && sed "s#  .*#  restore.dump#" restore.dump.sha256 | sha256sum -c -)

PGPASSWORD="$(aws secretsmanager get-secret-value --secret-id "$SECRET_ID" \
                --query SecretString --output text | jq -r .password)"
export PGPASSWORD
export PGHOST="${PGHOST:-restore-db.larchmont.internal}"
export PGUSER="${PGUSER:-restore_admin}"

createdb "$TARGET_DB"
pg_restore --no-owner --jobs 4 --dbname "$TARGET_DB" /tmp/restore.dump
unset PGPASSWORD

psql -d "$TARGET_DB" -c "select count(*) as loads from public.loads;"
rm -f /tmp/restore.dump /tmp/restore.dump.sha256
