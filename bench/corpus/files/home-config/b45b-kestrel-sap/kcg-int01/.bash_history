cd /opt/kcg/jobs
source /opt/kcg/venv/bin/activate
python pyrfc_sync_materials.py
tail -f /var/log/kcg/matsync.log
cf login -a https://api.cf.eu10.hana.ondemand.com -u it-int@kestrel-components.de -p 'Kcg-Btp!2024' -o kestrel-prd -s orders
cf apps
cf create-service-key kestrel-orders-uaa ci-key
cf service-key kestrel-orders-uaa ci-key
curl -s -X POST https://kestrel-prd.authentication.eu10.hana.ondemand.com/oauth/token -d grant_type=client_credentials -d client_id='⟦b45b_xsuaa_client_id:kestrel-orders⟧' -d client_secret='⟦b45b_xsuaa_client_secret:hist⟧' | jq -r .access_token
export XSUAA_SECRET='⟦b45b_xsuaa_client_secret:hist⟧'
hdbsql -n ⟦uuid:hana⟧.hana.prod-eu10.hanacloud.ondemand.com:443 -e -u DBADMIN -p '⟦password:dbadmin⟧' "SELECT SCHEMA_NAME FROM SCHEMAS"
/usr/sap/nwrfcsdk/bin/startrfc -h krp-ci.kestrel.local -s 00 -c 100 -u RFC_MES_IF -p '⟦password:krpprd⟧' -F RFC_PING
vi sapnwrfc.ini
sudo systemctl restart kcg-idoc-listener
journalctl -u kcg-idoc-listener -n 50
git -c http.extraHeader="Authorization: Bearer ⟦gitlab_pat:kcg⟧" clone https://gitlab.kestrel-components.de/integration/kcg-jobs.git
ls -la
exit
