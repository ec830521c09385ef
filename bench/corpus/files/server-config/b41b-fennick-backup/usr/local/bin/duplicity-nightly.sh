#!/bin/bash
# duplicity-nightly.sh - /etc/finance and the Sage exports to S3 + a second copy on the accountant's FTP
# cron: 15 1 * * * root /usr/local/bin/duplicity-nightly.sh >> /var/log/duplicity-nightly.log 2>&1
set -euo pipefail

export AWS_ACCESS_KEY_ID="⟦aws_access_key_id⟧"
export AWS_SECRET_ACCESS_KEY="⟦aws_secret_access_key⟧"
export PASSPHRASE='⟦password:gpg⟧'      # symmetric fallback if the GPG key is unavailable
export FTP_PASSWORD="Acct-Fennick#2021"

GPG_KEY=⟦sha1:gpgfpr|slice=24-40⟧
SRC=/srv/finance
S3_TARGET="boto3+s3://fennick-finance-backup/duplicity"
FTP_TARGET="ftps://fennick@ftp.whitlow-accountants.example/backups/fennick"

duplicity --encrypt-key "$GPG_KEY" --full-if-older-than 30D \
    --s3-use-ia --exclude '**/*.lock' "$SRC" "$S3_TARGET"

duplicity --encrypt-key "$GPG_KEY" --full-if-older-than 30D "$SRC" "$FTP_TARGET"

duplicity remove-all-but-n-full 3 --force "$S3_TARGET"

unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY PASSPHRASE FTP_PASSWORD
