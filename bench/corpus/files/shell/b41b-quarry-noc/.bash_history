ssh noc@zbx01.quarry-msp.net
sudo tail -f /var/log/zabbix/zabbix_server.log
zabbix_get -s 10.81.0.3 -k agent.ping --tls-connect psk --tls-psk-identity "PSK ldg-nas01" --tls-psk-file /etc/zabbix/zabbix_agentd.psk
cat /etc/zabbix/zabbix_agentd.psk
psql "postgresql://zabbix:⟦db_password:zbx⟧@pg-zbx01.quarry-msp.net:5432/zabbix?sslmode=verify-full" -c "select count(*) from hosts"
curl -s -X POST -H 'Content-Type: application/json-rpc' -H 'Authorization: Bearer ⟦b41b_zabbix_api_token:noc⟧' https://zbx01.quarry-msp.net/api_jsonrpc.php -d '{"jsonrpc":"2.0","method":"host.get","params":{"output":["hostid","host"]},"id":1}' | jq .
mysql -h 10.81.0.20 -u nagios_mon -p'⟦password:pmsdb⟧' -e 'show global status like "Threads_connected"'
export INFLUX_TOKEN=⟦b40a_influxdb_token:noc⟧
influx query --org quarry-msp 'from(bucket:"customers") |> range(start:-1h) |> filter(fn:(r) => r.customer == "ldg")'
vim /etc/telegraf/telegraf.conf
sudo systemctl restart telegraf
snmpwalk -v3 -l authPriv -u qmsp-mon -a SHA -A '⟦password:snmpauth⟧' -x AES -X '⟦password:snmppriv⟧' 10.81.0.2 1.3.6.1.2.1.33.1.2
upsc ups@10.81.0.2
sshpass -p 'Ldg-Nas-Admin24' ssh admin@10.81.0.3 'zpool status'
rclone lsd wasabi: --config /root/.config/rclone/rclone.conf
restic -r b2:fennick-offsite-restic:nas01 snapshots --password-file /etc/restic/password
RESTIC_PASSWORD='⟦password:restic2⟧' restic -r sftp:backup@10.82.0.9:/srv/restic/render01 check
git -C ~/noc-runbooks pull
history | grep passhash
ls -la ~/noc-runbooks/customers/ldg
exit
