#!/bin/bash
# nightly backup of the SMP world to Backblaze B2 (cron: 0 5 * * *)
# - warns players, saves, pauses autosave, tars, uploads, resumes
set -e

SERVER_DIR=/opt/minecraft/smp
BACKUP_DIR=/opt/minecraft/backups
STAMP=$(date +%F_%H%M)
RCON="mcrcon -H 127.0.0.1 -P 25575 -p ⟦b55b_rcon_password:smp⟧"

export B2_APPLICATION_KEY_ID=⟦backblaze_key_id:mc⟧
export B2_APPLICATION_KEY=⟦backblaze_app_key:mc⟧

$RCON "say §eBackup starting in 10s, expect a small lag spike"
sleep 10
$RCON "save-off" "save-all flush"
sleep 5

tar -czf "$BACKUP_DIR/blockhaven_s3_$STAMP.tar.gz" -C "$SERVER_DIR" blockhaven_s3 blockhaven_s3_nether blockhaven_s3_the_end
$RCON "save-on" "say §aBackup done!"

b2 file upload --no-progress blockhaven-backups "$BACKUP_DIR/blockhaven_s3_$STAMP.tar.gz" "s3/blockhaven_s3_$STAMP.tar.gz"

# keep 7 local copies
ls -1t "$BACKUP_DIR"/*.tar.gz | tail -n +8 | xargs -r rm --
