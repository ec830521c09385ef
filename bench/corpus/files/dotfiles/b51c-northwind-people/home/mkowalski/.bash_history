cd ~/src/people-tech
git pull --rebase
ls
code .
export BAMBOO_SUBDOMAIN=northwindlabs
curl -s -u "⟦b41b_bamboohr_api_key:mk⟧:x" -H 'Accept: application/json' "https://api.bamboohr.com/api/gateway.php/$BAMBOO_SUBDOMAIN/v1/employees/directory" | jq '.employees | length'
curl -s -u "⟦b41b_bamboohr_api_key:mk⟧:x" -H 'Accept: application/json' "https://api.bamboohr.com/api/gateway.php/$BAMBOO_SUBDOMAIN/v1/reports/custom?format=JSON" -d @report.json | jq . > /tmp/bamboo-custom.json
history | grep okta
export OKTA_API_TOKEN=⟦okta_api_token:mk⟧
export SLACK_SCIM_TOKEN=⟦slack_user_token:mkhist⟧
python3 scim/okta_to_slack_scim.py --dry-run
python3 scim/okta_to_slack_scim.py --dry-run 2>&1 | tail -40
vim scim/okta_to_slack_scim.py
mysql -h reporting-db.nwp.internal -u hr_ro -p'Reports#2023' hr_reporting -e 'select count(*) from workers_current'
ssh nwp-integ01
scp ~/Downloads/INT_AD_Worker_Feed.json nwp-integ01:/tmp/
curl -s -X POST https://wd5-services1.myworkday.com/ccx/oauth2/northwind5/token -u "⟦b51c_workday_client_id:adsync⟧:⟦b51c_workday_client_secret:adsync⟧" -d grant_type=refresh_token -d refresh_token=⟦b51c_workday_refresh_token:adsync⟧ | jq .access_token
terraform -chdir=terraform/okta plan
terraform -chdir=terraform/okta apply
kubectl -n people get secrets
aws sso login --profile nwp-people
aws s3 ls s3://nwp-hr-exports/ --profile nwp-people
unset OKTA_API_TOKEN
git status
git add -p
git commit -m "scim: handle contractor->guest conversion"
git push
