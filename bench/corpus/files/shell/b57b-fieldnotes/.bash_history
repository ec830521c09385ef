cd ~/code/fieldnotes-intake
clasp login
clasp pull
git diff
clasp push
clasp deploy -d "v14 translation via openai"
clasp deployments
clasp logs --watch
curl -s -X POST https://api.glideapp.io/api/function/queryTables -H "Authorization: Bearer ⟦b57b_glide_api_token:coordinators⟧" -H "Content-Type: application/json" -d '{"appID":"q7Tb3kLmN2xR9vZp4wYc","queries":[{"tableName":"native-table-visits","utc":true}]}' | jq '.[0].rows | length'
gcloud auth activate-service-account --key-file ~/Downloads/fieldnotes-analytics-bq-writer.json
bq query --use_legacy_sql=false 'select count(*) from field_ops.visits_raw where date(ts) = current_date()'
curl -s "https://www.appsheet.com/api/v2/apps/5f1c2e8a-7d43-4b19-9a6e-2c0d8f3b7e14/tables/Visits/Action" -H "ApplicationAccessKey: ⟦b57b_appsheet_access_key:intake⟧" -H "Content-Type: application/json" -d '{"Action":"Find","Properties":{},"Rows":[]}' | jq length
export OPENAI_API_KEY=⟦openai_project_key:translate⟧
python3 test_translate.py "Mama ana homa tangu jana, watoto wawili hawajaenda shule"
unset OPENAI_API_KEY
history -c
