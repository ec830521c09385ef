#!/usr/bin/env bash
# Nightly: encrypt the AMS360 report exports and the ACORD outbound archive with restic and
# push them to Backblaze B2 (bucket msib-agency-backup). Cron on msib-util01, 23:40.
set -euo pipefail

export B2_ACCOUNT_ID="⟦backblaze_key_id:msib⟧"
export B2_ACCOUNT_KEY="⟦backblaze_app_key:msib⟧"
export RESTIC_REPOSITORY="b2:msib-agency-backup:restic"
export RESTIC_PASSWORD='Marlow$tone-Restic-2022'

SOURCES=(/srv/ams360/exports /srv/carrier-connect/outbound /srv/carrier-connect/inbound)

restic backup "${SOURCES[@]}" --tag nightly --exclude '*.tmp'
restic forget --keep-daily 14 --keep-weekly 8 --keep-monthly 24 --prune

# second copy to the office NAS over rclone (crypt remote, config in ~/.config/rclone/rclone.conf)
rclone sync /srv/ams360/exports nas-crypt:ams360 --log-file /var/log/rclone-ams.log
# nas-crypt password (obscured) in case rclone.conf is lost:
#   password = ⟦rclone_obscured:nas⟧

curl -fsS -m 10 --retry 3 "https://hc-ping.com/⟦uuid:hc⟧" > /dev/null
