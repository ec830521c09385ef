#!/usr/bin/env bash
# Nächtliches Backup der Abacus-Mandantendaten auf das NAS und verschlüsselt nach Infomaniak Swiss Backup.
# Cron: 30 1 * * * /opt/kaelin/backup-abacus.sh >> /var/log/backup-abacus.log 2>&1
set -euo pipefail

STAMP=$(date +%F)
SRC="//abacus.kaelin.local/AbacusBackup"
MNT=/mnt/abacus-backup
NAS=/mnt/nas/backup/abacus
SMB_USER='kaelin\svc-backup'
SMB_PASS='Backup.Kaelin#2021'

# GPG-Passphrase für die symmetrische Verschlüsselung der Archive (muss bei Restore bekannt sein!)
GPG_PASSPHRASE='⟦password:gpg-backup⟧'

mkdir -p "$MNT" "$NAS"
mount -t cifs "$SRC" "$MNT" -o "username=${SMB_USER},password=${SMB_PASS},vers=3.0,ro"

tar -C "$MNT" -czf "$NAS/abacus-$STAMP.tar.gz" .
umount "$MNT"

gpg --batch --yes --pinentry-mode loopback --passphrase "$GPG_PASSPHRASE" \
    --symmetric --cipher-algo AES256 -o "$NAS/abacus-$STAMP.tar.gz.gpg" "$NAS/abacus-$STAMP.tar.gz"
rm -f "$NAS/abacus-$STAMP.tar.gz"

# Swiss Backup (S3-kompatibel, Infomaniak)
# EC2-Credentials des Swiss-Backup-Projekts (openstack ec2 credentials create)
export AWS_ACCESS_KEY_ID=⟦b40c_openstack_app_cred_id:sb⟧
export AWS_SECRET_ACCESS_KEY=⟦generic_api_key_hex32:sb-secret⟧
aws --endpoint-url https://s3.swiss-backup02.infomaniak.com s3 cp "$NAS/abacus-$STAMP.tar.gz.gpg" s3://kaelin-abacus/

# Aufräumen: lokal 14 Tage behalten
find "$NAS" -name 'abacus-*.tar.gz.gpg' -mtime +14 -delete
echo "$(date -Is) Backup abacus-$STAMP ok"
