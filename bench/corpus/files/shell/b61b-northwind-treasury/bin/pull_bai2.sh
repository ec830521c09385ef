#!/bin/bash
# pull_bai2.sh - fallback for when the Airflow SFTP task is down.
# Pulls yesterday's BAI2 from First Citizens, decrypts, drops into /data/recon/inbox.
# Run from the treasury-batch01 box as svc_treasury.
set -euo pipefail

DAY="${1:-$(date -d yesterday +%Y%m%d)}"
INBOX=/data/recon/inbox
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

SFTP_HOST=sftp.mft.firstcitizens-example.com
SFTP_USER=NWTREAS01
# key auth is still pending with the bank (ticket FCB-77120), password until then
export SSHPASS='Nw!Lockbox2024'

sshpass -e sftp -oBatchMode=no -oStrictHostKeyChecking=yes -b - "$SFTP_USER@$SFTP_HOST" <<SFTP
cd /outbound/bai2
get NWTREAS01_${DAY}.bai.pgp $WORK/
bye
SFTP

# bank encrypts to our PGP key; passphrase for the treasury-ops secret key
gpg --batch --yes --pinentry-mode loopback \
    --passphrase '⟦password:gpg⟧' \
    --output "$WORK/NWTREAS01_${DAY}.bai" \
    --decrypt "$WORK/NWTREAS01_${DAY}.bai.pgp"

sha256sum "$WORK/NWTREAS01_${DAY}.bai" | tee -a /var/log/recon/bai2-checksums.log
install -m 0640 -g recon "$WORK/NWTREAS01_${DAY}.bai" "$INBOX/"
echo "ok: $INBOX/NWTREAS01_${DAY}.bai"
