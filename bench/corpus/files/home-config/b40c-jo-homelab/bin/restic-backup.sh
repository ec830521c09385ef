#!/usr/bin/env bash
# restic backup of /srv and /home/jo to Backblaze B2, notification via ntfy
# usage: restic-backup.sh [--prune]
set -euo pipefail

export B2_ACCOUNT_ID="⟦backblaze_key_id⟧"
export B2_ACCOUNT_KEY="⟦backblaze_app_key⟧"
export RESTIC_REPOSITORY="b2:jo-homelab-backups:restic/nuc"
export RESTIC_PASSWORD="⟦password:restic⟧"
export RESTIC_CACHE_DIR=/var/cache/restic

NTFY_URL="https://ntfy.lindqvist.home/backups"
NTFY_TOKEN="⟦b40c_ntfy_token⟧"
HOST="$(hostname -s)"
EXCLUDES=/home/jo/.config/restic/excludes.txt
LOCK=/run/lock/restic-backup.lock

notify() {
  local prio="$1"; shift
  curl -fsS -H "Authorization: Bearer ${NTFY_TOKEN}" -H "Priority: ${prio}" \
       -H "Tags: floppy_disk" -H "Title: restic ${HOST}" -d "$*" "$NTFY_URL" >/dev/null || true
}

exec 9>"$LOCK"
if ! flock -n 9; then
  echo "$(date -Is) another backup is running" >&2
  exit 1
fi

trap 'notify 5 "backup FAILED on line $LINENO"' ERR

start=$(date +%s)
echo "$(date -Is) starting backup"

restic backup \
  --verbose=0 \
  --one-file-system \
  --exclude-file="$EXCLUDES" \
  --exclude-caches \
  --tag nightly \
  /srv/appdata /srv/stacks /srv/backups/pg /home/jo

restic forget \
  --keep-daily 7 \
  --keep-weekly 5 \
  --keep-monthly 12 \
  --keep-yearly 3 \
  --tag nightly \
  ${1:+--prune}

if [[ "${1:-}" == "--prune" ]]; then
  restic check --read-data-subset=2%
fi

snap=$(restic snapshots --latest 1 --json | jq -r '.[0].short_id')
dur=$(( $(date +%s) - start ))
echo "$(date -Is) done: snapshot ${snap} in ${dur}s"
notify 2 "ok: snapshot ${snap} in ${dur}s"
