cd ~/revops/automation
ls
curl -s -H "Authorization: Token ⟦b55c_make_api_token:cli⟧" "https://eu2.make.com/api/v2/scenarios?teamId=184422" | jq '.scenarios[].name'
curl -s -H "Authorization: Token ⟦b55c_make_api_token:cli⟧" "https://eu2.make.com/api/v2/scenarios/2290113/blueprint" > blueprint-hubspot-deal-to-netsuite.json
vim blueprint-hubspot-deal-to-netsuite.json
curl -s -H "X-N8N-API-KEY: ⟦b57b_n8n_api_key:cli⟧" https://revops-automation.tallis.io/api/v1/workflows | jq '.data[] | {id, name, active}'
curl -s -H "X-N8N-API-KEY: ⟦b57b_n8n_api_key:cli⟧" https://revops-automation.tallis.io/api/v1/workflows/Pd4nW8sJ2kF6hB1z > workflow-invoice-sync.json
export CELIGO_TOKEN=⟦b64c_celigo_api_token:backup⟧
python celigo/export_flows.py --out ../celigo-backup
git status
workato exec actions.get_invoice --input=fixtures/get_invoice_input.json --settings=settings.yaml --connection=sandbox
workato edit settings.yaml.enc
curl -s -u "api-token:⟦b64c_workato_api_token:smoke⟧" https://apim.workato.com/tallis/revops-public-v1/renewals?quarter=2025Q1 | jq length
ssh root@revops-automation.tallis.io 'docker compose -f /opt/n8n/docker-compose.yml logs --tail=50 n8n'
psql "postgresql://n8n:⟦db_password:n8n⟧@revops-automation.tallis.io:5432/n8n" -c "select id, name from workflow_entity limit 5"
git add . && git commit -m "backup blueprints" && git push
