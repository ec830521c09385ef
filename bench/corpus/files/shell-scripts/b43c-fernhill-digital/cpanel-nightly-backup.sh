#!/bin/bash
# Nightly off-site backups for clients on cPanel shared hosting.
# Runs from cron on fernhill-ops (see crontab -l). Uses UAPI Backup::fullbackup_to_ftp
# so the host pushes the archive straight to our Hetzner storage box.
#
# Tokens are per client account, created under Security > Manage API Tokens, no expiry
# except where noted.

LOG=/var/log/fernhill/cpanel-backups.log
STORAGE_HOST=u318842.your-storagebox.de
STORAGE_USER=u318842-sub3
STORAGE_PASS='⟦password:storagebox⟧'

backup() {
  local host=$1 user=$2 token=$3 dir=$4
  echo "$(date -Is) start ${user}@${host}" >> "$LOG"
  curl -sS --max-time 60 \
    -H "Authorization: cpanel ${user}:${token}" \
    "https://${host}:2083/execute/Backup/fullbackup_to_ftp" \
    --data-urlencode "variant=passive" \
    --data-urlencode "host=${STORAGE_HOST}" \
    --data-urlencode "username=${STORAGE_USER}" \
    --data-urlencode "password=${STORAGE_PASS}" \
    --data-urlencode "directory=cpanel/${dir}" \
    --data-urlencode "email=ops@fernhilldigital.co.uk" >> "$LOG" 2>&1
  echo >> "$LOG"
}

# host                          account    token                                   remote dir
backup onyx-lon3.krystal.uk      hollinsb   ⟦b43c_cpanel_api_token:backups⟧        hollins     # expires 31/05/2024
backup uk-a14.sitehost.uk        marlowph   ⟦b43c_cpanel_api_token:marlow⟧        marlow
backup cp42.fasthostsweb.net     saltboxb   "$(cat /root/.config/fernhill/saltbox.token)" saltbox
