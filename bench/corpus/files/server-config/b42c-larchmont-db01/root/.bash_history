systemctl status postgresql@15-main
journalctl -u postgresql@15-main --since "1 hour ago" | tail -50
sudo -u postgres psql -c "select pid, usename, state, query_start from pg_stat_activity where state <> 'idle';"
df -h /var/lib/postgresql /srv/backups
ls -lh /srv/backups/pg | tail
pgbackrest --stanza=dispatch info
cat /etc/pgbackrest/pgbackrest.conf
vim /etc/pgbackrest/pgbackrest.conf
pgbackrest --stanza=dispatch check
export PGPASSWORD=⟦db_password:owner⟧
psql -h 127.0.0.1 -U dispatch_owner dispatch -c '\dt+ public.*'
unset PGPASSWORD
mysql -h legacy-db.larchmont.internal -u root -p'⟦password:legacy-root⟧' -e 'show databases;'
mysql -h legacy-db.larchmont.internal -u pgloader -p dispatch
restic -r b2:larchmont-restic:db01 snapshots
export RESTIC_PASSWORD=⟦password:restic-repo⟧
restic -r b2:larchmont-restic:db01 snapshots --tag pg
restic -r b2:larchmont-restic:db01 restore latest --target /tmp/r --include /srv/backups/pg/dispatch_2025-03-13T0215Z.dump
aws configure list
aws sts get-caller-identity
curl -s -H "X-Api-Key: ⟦b42c_healthchecks_api_key:hc⟧" https://healthchecks.io/api/v3/checks/ | jq '.checks[] | {name, status}'
htpasswd -nbB grafana 'correct-horse-battery'
openssl rand -base64 48
history -c
exit
