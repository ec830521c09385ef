#!/bin/bash
# Nattlig backup av Lagerhusets databas + Swish/BankID-certifikat till Backblaze B2
# cron: 30 2 * * * /opt/lagerhuset/bin/nattlig-backup.sh >> /var/log/lagerhuset-backup.log 2>&1
set -euo pipefail

DATUM=$(date +%F)
DIR=/var/backups/lagerhuset/$DATUM
mkdir -p "$DIR"

mysqldump -h 10.20.0.14 -u backup -p'Backup!Lager2024' --single-transaction --routines lagerhuset | gzip > "$DIR/lagerhuset.sql.gz"

# certifikaten krypteras med samma lösen som Swish-p12:an (enklast att komma ihåg)
tar czf - /etc/lagerhuset/swish /etc/lagerhuset/bankid | \
  openssl enc -aes-256-cbc -pbkdf2 -pass pass:Lagerhuset-Swish-2024 -out "$DIR/certs.tar.gz.enc"

export B2_APPLICATION_KEY_ID=⟦backblaze_key_id⟧
export B2_APPLICATION_KEY=⟦backblaze_app_key⟧
b2 sync --delete --keepDays 30 /var/backups/lagerhuset b2://lagerhuset-backup/

find /var/backups/lagerhuset -maxdepth 1 -type d -mtime +7 -exec rm -rf {} +
echo "$(date -Is) backup klar"
