#!/bin/bash
# push_oneroster_csv.sh -- package tonight's OneRoster 1.1 CSVs and ship them to the vendors.
# cron (rostersync01, user dts): 45 1 * * * /opt/roster/bin/push_oneroster_csv.sh >> /var/log/roster/push.log 2>&1
set -eo pipefail

OUT=/opt/roster/out/$(date +%Y%m%d)
ZIP=/opt/roster/out/oneroster_cvusd_$(date +%Y%m%d).zip
LOCK=/var/run/roster-push.lock

exec 9>"$LOCK"
flock -n 9 || { echo "$(date -Is) another push is running"; exit 0; }

cd "$OUT"
for f in orgs users courses classes enrollments academicSessions demographics manifest; do
  [[ -s "$f.csv" ]] || { echo "missing $f.csv"; exit 1; }
done
zip -q -j "$ZIP" ./*.csv

# --- Clever (Secure Sync SFTP) ---
# sshpass because the Clever SFTP account doesn't take keys
export SSHPASS='⟦password:clever_sftp⟧'
sshpass -e sftp -oBatchMode=no -b - ember-shark-4221@sftp.clever.com <<SFTP
put $OUT/*.csv /
bye
SFTP

# --- ClassLink Roster Server ---
lftp -u cvusd_roster,'⟦password:classlink_sftp⟧' sftp://sftp.classlink.com -e "put $ZIP; bye"

# --- Canvas SIS import (same zip, Canvas accepts OneRoster-flavoured CSV via our converter) ---
python3 /opt/roster/bin/oneroster_to_canvas.py "$OUT" /opt/roster/out/canvas_sis.zip
curl -sS -F attachment=@/opt/roster/out/canvas_sis.zip \
  -H "Authorization: Bearer ⟦b46a_canvas_access_token:sis⟧" \
  "https://cvusd.instructure.com/api/v1/accounts/1/sis_imports.json?import_type=instructure_csv&batch_mode=1&batch_mode_term_id=sis_term_id:2024-FY" \
  | tee -a /var/log/roster/canvas_sis_import.json

# --- heartbeat ---
curl -fsS -m 10 --retry 3 "https://hc-ping.com/⟦uuid:hc⟧" >/dev/null || true
echo "$(date -Is) push complete: $(unzip -l "$ZIP" | tail -1)"
