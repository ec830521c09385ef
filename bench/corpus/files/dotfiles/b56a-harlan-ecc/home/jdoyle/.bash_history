cd ~/src/psit-ansible
git pull
ansible-inventory -i inventories/prod --graph
ansible -i inventories/prod cad_servers -m win_ping
ssh hc-util01
ls -la /mnt/deploy/CAD/client
sudo mount -t cifs //hc-deploy01.psnet.harlanco.local/PSIT$ /mnt/deploy -o username=jdoyle,domain=HARLANCO
df -h
cd ~/src/ncm-scripts
python3 -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
curl -s -H "X-CP-API-ID: ⟦b56a_cradlepoint_cp_api_id:hc⟧" -H "X-CP-API-KEY: ⟦b56a_cradlepoint_cp_api_key:hc⟧" -H "X-ECM-API-ID: ⟦b56a_cradlepoint_ecm_api_id:hc⟧" -H "X-ECM-API-KEY: ⟦b56a_cradlepoint_ecm_api_key:hc⟧" "https://www.cradlepointecm.com/api/v2/routers/?limit=5" | jq '.data[].name'
curl -s -H "X-CP-API-ID: ⟦b56a_cradlepoint_cp_api_id:hc⟧" -H "X-CP-API-KEY: ⟦b56a_cradlepoint_cp_api_key:hc⟧" -H "X-ECM-API-ID: ⟦b56a_cradlepoint_ecm_api_id:hc⟧" -H "X-ECM-API-KEY: ⟦b56a_cradlepoint_ecm_api_key:hc⟧" "https://www.cradlepointecm.com/api/v2/net_devices/?router=1847721&mode=wan" | jq .
python3 ncm_modem_report.py --group "HCSO Patrol" --csv out/patrol-modems.csv
head out/patrol-modems.csv
export RAPIDSOS_CLIENT_ID=⟦b56a_rapidsos_client_id:hc⟧
export RAPIDSOS_CLIENT_SECRET=⟦b56a_rapidsos_client_secret:hc⟧
curl -s -X POST https://api.rapidsos.com/oauth/token -d "client_id=$RAPIDSOS_CLIENT_ID&client_secret=$RAPIDSOS_CLIENT_SECRET&grant_type=client_credentials" | jq .
history | grep sqlcmd
sqlcmd -S hc-cadsql-ag.psnet.harlanco.local -U sa -P 'HCecc$a_2019!' -Q "SELECT name, state_desc FROM sys.databases"
sqlcmd -S hc-cadsql-ag.psnet.harlanco.local -U sa -P 'HCecc$a_2019!' -d CAD_PROD -Q "SELECT TOP 20 * FROM dbo.InterfaceLog ORDER BY LogId DESC"
vault login -method=ldap username=jdoyle
vault kv get -field=password secret/psit/cad/sa
export VAULT_ADDR=https://hc-vault01.psnet.harlanco.local:8200
vault kv put secret/psit/cad/sa password=-
git remote -v
git remote set-url origin https://jdoyle-hc:⟦github_pat:jd⟧@github.com/harlanco-psit/psit-ansible.git
git push origin main
git remote set-url origin git@github.com:harlanco-psit/psit-ansible.git
ssh-keygen -t ed25519 -C "jdoyle@hc-psit-lt07"
cat ~/.ssh/id_ed25519.pub
terraform -chdir=~/src/hc-azgov plan
tail -f /var/log/syslog
smbclient //hc-nas02.psnet.harlanco.local/Recordings$ -U 'HARLANCO\svc_nexlog_arch%Arch1ve-Rec0rdings' -c ls
curl -k -u admin:NexL0g-HC!admin https://10.40.8.30/api/v1/system/status
PGPASSWORD='Cadl1nk-stg-DB' psql -h cadlink-stg-db.psnet.local -U cadlink cadlink -c "select count(*) from calls_call"
exit
