cd ~/src/kgs
git pull --rebase
source .venv/bin/activate
python manage.py runserver
kubectl config use-context kgs-prod
kubectl -n kgs get pods
kubectl -n kgs logs deploy/kgs-worker --since=1h | grep -i space-track
curl -c /tmp/st.cookies -d 'identity=flightdynamics@kestrel-orbital.space&password=KestrelFD%23Orbit2025' https://www.space-track.org/ajaxauth/login
curl -b /tmp/st.cookies 'https://www.space-track.org/basicspacedata/query/class/gp/NORAD_CAT_ID/60117/format/tle'
curl -b 'chocolatechip=⟦b53a_spacetrack_session:hist⟧' 'https://www.space-track.org/basicspacedata/query/class/gp/NORAD_CAT_ID/58412,60117,61893/orderby/EPOCH%20desc/limit/3/format/json' | jq .
aws sso login --profile kestrel-gs
aws groundstation list-contacts --status-list SCHEDULED --start-time 2025-03-14T00:00:00Z --end-time 2025-03-16T00:00:00Z --region us-east-2 --profile kestrel-gs
aws configure set aws_access_key_id ⟦aws_access_key_id:laptop⟧ --profile kestrel-gs-breakglass
aws configure set aws_secret_access_key ⟦aws_secret_access_key:laptop⟧ --profile kestrel-gs-breakglass
aws sts get-caller-identity --profile kestrel-gs-breakglass
curl -s -H "Authorization: Token ⟦b53a_satnogs_api_token:hist⟧" 'https://network.satnogs.org/api/observations/?satellite__norad_cat_id=60117&status=good' | jq length
export SATNOGS_API_TOKEN=⟦b53a_satnogs_api_token:hist⟧
python -m satnogs_mirror.pull --since 2025-03-01
PGPASSWORD='⟦db_password:kgsdb⟧' psql -h kgs-db.internal.kestrel-orbital.space -U kgs_app kgs -c 'select norad_id, max(epoch) from tle_elementset group by 1;'
ssh tc-gw.kestrel-orbital.internal
scp tc-gw.kestrel-orbital.internal:/var/log/kgs-tc-gateway/tc.log /tmp/
less /tmp/tc.log
docker compose -f ~/src/cosmos-kestrel/compose.yaml ps
export OPENC3_API_PASSWORD='Kestrel-Ops-2024!'
curl -s -u cosmos-admin:⟦password:cosmos⟧ http://cosmos-ops-01:2900/openc3-api/api -d '{"jsonrpc":"2.0","method":"get_target_names","params":[],"id":1,"keyword_params":{"scope":"DEFAULT"}}'
docker compose -f ~/src/cosmos-kestrel/compose.yaml logs openc3-cosmos-cmd-tlm-api | tail -50
az login --service-principal -u ⟦uuid:az-client⟧ -p '⟦azure_ad_client_secret:laptop⟧' --tenant ⟦uuid:az-tenant⟧
az orbital spacecraft list-available-contact -g rg-kestrel-orbital-prod --spacecraft-name kst3 --contact-profile "{id:/subscriptions/⟦uuid:az-sub⟧/resourceGroups/rg-kestrel-orbital-prod/providers/Microsoft.Orbital/contactProfiles/kst3-xband-profile}" --ground-station-name Microsoft_Gavle --start-time 2025-03-14T07:00:00Z --end-time 2025-03-14T09:00:00Z
history | grep chocolatechip
exit
