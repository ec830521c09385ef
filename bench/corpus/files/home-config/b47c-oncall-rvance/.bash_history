cd ~/src/firebell
git pull --rebase
kubectl config use-context eks-pallas-prod-use2
kubectl -n telemetry get pods -l app.kubernetes.io/name=otel-gateway
kubectl -n telemetry logs deploy/otel-gateway --since=15m | grep -i 'export failed' | head
kubectl -n telemetry get secret otel-gateway-keys -o jsonpath='{.data.DD_API_KEY}' | base64 -d; echo
curl -s -X GET "https://api.datadoghq.com/api/v1/validate" -H "DD-API-KEY: ⟦datadog_api_key:rv⟧"
curl -s "https://api.datadoghq.com/api/v1/monitor?group_states=alert" -H "DD-API-KEY: ⟦datadog_api_key:rv⟧" -H "DD-APPLICATION-KEY: ⟦datadog_app_key:rv⟧" | jq '.[] | {id, name, overall_state}'
curl -s -X POST https://events.pagerduty.com/v2/enqueue -H 'Content-Type: application/json' -d '{"routing_key":"⟦pagerduty_integration_key:rvtest⟧","event_action":"trigger","payload":{"summary":"test page from rvance, ignore","source":"laptop","severity":"info"}}'
pd incident list --statuses triggered,acknowledged
pd incident ack -i ⟦b47c_pagerduty_object_id:inc1⟧
export LOKI_ADDR=https://logs-prod-006.grafana.net
export LOKI_USERNAME=603571
export LOKI_PASSWORD=⟦grafana_cloud_token:rv⟧
logcli query --since=1h '{namespace="telemetry"} |= "429"' --limit 200
amtool --alertmanager.url=https://sre:⟦password:am⟧@alertmanager.mon.pallas.internal silence add alertname=KubePodCrashLooping service=ehr-api --duration=2h --comment="INC-4821 deploy rollback in progress"
amtool --alertmanager.url=https://alertmanager.mon.pallas.internal silence query
sentry-cli releases list --org pallas --project ehr-api | head
SENTRY_AUTH_TOKEN=⟦sentry_user_token:rv⟧ sentry-cli releases new -p ehr-api ehr-api@2025.06.02-3
sentry-cli releases set-commits --auto ehr-api@2025.06.02-3
export HONEYCOMB_API_KEY=⟦honeycomb_config_key:rv⟧
honeymarker -k $HONEYCOMB_API_KEY -d ehr-api add -t deploy -m 'ehr-api 2025.06.02-3 rollback'
k6 login cloud --token ⟦b47c_k6_cloud_token:rv⟧
k6 cloud run --local-execution loadtests/ehr-api-smoke.js
curl -u ⟦b47c_cronitor_api_key:rv⟧: https://cronitor.io/api/monitors?env=production | jq '.monitors[] | select(.passing==false) | .key'
ssh chatops-01.pallas.internal
sudo systemctl restart firebell
journalctl -u firebell --since "10 min ago" --no-pager | tail -40
mysql -h reporting-db-02.pallas.internal -u grafana_ro -p'Gr4fana-ro!' -e 'select count(*) from claims.events where created_at > now() - interval 1 hour'
curl -sS -H "X-Sumo-Category: prod/adhoc" -d 'test from rvance laptop' ⟦b42c_sumologic_http_url:rv⟧
history | grep curl | tail
vim ~/.dogrc
dog monitor show_all --group_states alert
gh pr create --fill
exit
