#!/bin/sh
# Manual fallback when sterling-sync is down: mirror the results dir and decrypt locally.
# Usage: bin/pull_sterling_results.sh [YYYYMMDD]
set -eu
DAY="${1:-$(date +%Y%m%d)}"
WORK="$HOME/sterling-manual/$DAY"
mkdir -p "$WORK"

lftp -e "set sftp:auto-confirm yes; mirror --only-newer --include-glob 'CLRP_*_${DAY}_*.pgp' /outbound/results $WORK; bye" \
  "sftp://clearpath_prod:⟦password:sterlingsftp|url⟧@sftp.sterlingcheck.com"

for f in "$WORK"/*.pgp; do
  [ -e "$f" ] || continue
  gpg --batch --pinentry-mode loopback --passphrase 'Clearpath-PGP-2023' -o "${f%.pgp}" -d "$f"
done
ls -l "$WORK"
