#!/bin/bash
# Nightly logical backup of the Evergreen DB to Backblaze B2 (bucket tclc-eg-backups)
# Runs on pg-replica as postgres: 0 2 * * * /usr/local/sbin/pg_backup_to_b2.sh
set -euo pipefail

STAMP=$(date +%Y%m%d-%H%M)
DUMP=/var/backups/pg/evergreen-${STAMP}.dump
KEEP_LOCAL_DAYS=3

export B2_APPLICATION_KEY_ID=⟦backblaze_key_id:eg⟧
export B2_APPLICATION_KEY=⟦backblaze_app_key:eg⟧
BUCKET=tclc-eg-backups

# encrypt before upload; the private key for restores is in the consortium safe (printed) and in
# the IT director's 1Password
AGE_RECIPIENT=age1⟦lit:qlv7x3h0f2s8r6k4m9p5d3w7c7e8y2t6n4a9g0j3u5z8q6qahxszp5eqxy⟧

pg_dump -Fc -Z6 -d evergreen -f "$DUMP"
age -r "$AGE_RECIPIENT" -o "${DUMP}.age" "$DUMP"
rm -f "$DUMP"

b2 upload-file --noProgress "$BUCKET" "${DUMP}.age" "daily/$(basename "${DUMP}").age"

find /var/backups/pg -name 'evergreen-*.dump.age' -mtime +"$KEEP_LOCAL_DAYS" -delete
echo "$(date -Is) backup ${STAMP} uploaded"
