sudo systemctl status pms-bridge
journalctl -u pms-bridge --since "1 hour ago" | grep -i mews
cd /opt/pms-bridge
source venv/bin/activate
python manage.py check --deploy
psql "postgresql://pms_bridge_app:⟦db_password:bridge⟧@pg-prod-01.harborviewhotels.internal/pms_bridge" -c 'select count(*) from locks_event where created > now() - interval 1 day;'
psql "postgresql://pms_bridge_app:⟦db_password:bridge⟧@pg-prod-01.harborviewhotels.internal/pms_bridge" -c "select count(*) from locks_event where created > now() - interval '1 day';"
curl -s https://api.mews.com/api/connector/v1/configuration/get -H 'Content-Type: application/json' -d '{"ClientToken":"⟦b48a_mews_client_token:prod⟧","AccessToken":"⟦b48a_mews_access_token:quayside⟧","Client":"HV debug"}' | jq .Enterprise.Name
export MERAKI_DASHBOARD_API_KEY=⟦b48a_meraki_api_key:svc⟧
python /opt/hv-wifi/meraki_splash_sync.py
curl -sk -c /tmp/unifi.cookie -X POST https://qs-unifi:8443/api/login -H 'Content-Type: application/json' -d '{"username":"hvadmin","password":"⟦password:unifiadmin⟧"}'
curl -sk -b /tmp/unifi.cookie https://qs-unifi:8443/api/s/default/rest/wlanconf | jq '.data[].name'
ls -la /etc/freeradius/3.0/
sudo vim /etc/freeradius/3.0/clients.conf
sudo freeradius -XC
sudo systemctl restart freeradius
radtest 214smith room214 127.0.0.1 0 testing123
sshpass -p 'Hvg-LockQ!2022' ssh lockbridge_svc@fo-srv02 'sc query LockBridge'
sshpass -p '⟦password:fosrv⟧' ssh administrator@fo-srv02
mysql -h 10.40.5.20 -u vl_report -p'⟦password:vlreport⟧' visionline -e 'select count(*) from cards where issued > curdate()'
history | grep sshpass
exit
