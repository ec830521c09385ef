#!/bin/bash
# Pull 835 ERAs and 999/277CA acknowledgements from the clearinghouses into the posting inbox.
# cron (mrp-edi01): 15 6,12,18 * * *  /opt/edi/bin/sftp_pull_835.sh >> /var/log/edi/pull.log 2>&1
set -u
INBOX=/data/edi/inbound/$(date +%Y%m%d)
mkdir -p "$INBOX"/{officeally,availity,tmhp}

log() { echo "$(date '+%F %T') $*"; }

# --- Office Ally (password auth only, they do not support keys on ftp10) ---
log "officeally: pulling"
sshpass -p 'Mrp-OA-2023!' sftp -oBatchMode=no -oStrictHostKeyChecking=yes -P 22 meridianrcm@ftp10.officeally.com <<SFTP
cd /inbound
lcd $INBOX/officeally
mget *.835
mget *.999
mget *.277
rm *.835
SFTP

# --- Availity (key auth) ---
log "availity: pulling"
sftp -i /opt/edi/keys/availity_mrp_ed25519 -P 9922 -b - mrp_edi01@ftp.availity.com <<SFTP
cd /ReceiveFiles
lcd $INBOX/availity
mget *
SFTP

# --- TMHP (Texas Medicaid) TexMedConnect batch: FTPS with the submitter password ---
log "tmhp: pulling"
lftp -u "MRP0417,${TMHP_FTP_PASS:-Tx\$ubmit0417}" -e "set ftp:ssl-force true; set ssl:verify-certificate yes; mirror --Remove-source-files /outbound $INBOX/tmhp; quit" ftps://edi.tmhp.com

# --- hand off to the poster ---
find "$INBOX" -type f -name '*.835' -newer /var/run/edi/last_pull -print0 | xargs -0 -r /opt/edi/bin/era_post --dry-run=false
touch /var/run/edi/last_pull

# notify billing ops
n=$(find "$INBOX" -type f -name '*.835' | wc -l)
curl -s -X POST "https://hooks.slack.com/services/⟦slack_webhook:era|slice=33-200⟧" \
  -H 'Content-type: application/json' --data "{\"text\":\"ERA pull done: $n files in $INBOX\"}" >/dev/null
log "done ($n 835 files)"
