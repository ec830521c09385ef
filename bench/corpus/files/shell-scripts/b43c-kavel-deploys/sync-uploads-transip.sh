#!/bin/sh
# Mirror Craft uploads and DB dumps from web02 to the TransIP BladeVPS backup box.
# Runs as root from /etc/cron.d/kavel-backups at 03:20.
set -eu

BACKUP_HOST=backup.kavel.studio
# rsync daemon module "kavel" (secrets file on the backup host: /etc/rsyncd.secrets)
export RSYNC_PASSWORD='⟦password:rsyncd⟧'

for site in rietveld devries-api fietsfabriek; do
  rsync -a --delete --partial \
    /var/www/$site/shared/storage/backups/ \
    rsync://kavel@$BACKUP_HOST/kavel/$site/db/
  rsync -a --delete \
    /var/www/$site/shared/web/uploads/ \
    rsync://kavel@$BACKUP_HOST/kavel/$site/uploads/
done

# Old Hostnet shared hosting for Fietsfabriek (still serves the image archive) only has
# password SSH. Sanne will move it before the contract ends in September.
sshpass -p '⟦password:hostnet⟧' rsync -az -e 'ssh -p 22 -o StrictHostKeyChecking=accept-new' \
  fietsfab@ssh.hostnet.nl:~/domains/fietsfabriek.nl/public_html/archief/ \
  /srv/archive/fietsfabriek/

logger -t kavel-backup "sync finished"
