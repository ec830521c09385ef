cd ~/src/tidewater-ads
git pull --rebase
source .venv/bin/activate
pip install -r requirements.txt
python -m tiktok.reporting
TIKTOK_ACCESS_TOKEN=⟦b46b_tiktok_ads_access_token:hist⟧ python -m tiktok.reporting --advertiser kelp-and-co
export META_SYSTEM_USER_TOKEN=⟦facebook_access_token:hist⟧
curl -s "https://graph.facebook.com/v19.0/me/adaccounts?fields=name,account_status&access_token=$META_SYSTEM_USER_TOKEN" | jq .
python meta/capi_uploader.py ~/Downloads/seabright_bookings_2024-05-01.csv
gcloud auth application-default login
gcloud auth print-access-token
curl -s -H "developer-token: ⟦b46b_google_ads_developer_token:hist⟧" -H "Authorization: Bearer ⟦gcp_oauth_access_token⟧" https://googleads.googleapis.com/v16/customers:listAccessibleCustomers
curl -s -X POST https://api.thetradedesk.com/v3/authentication -H 'Content-Type: application/json' -d '{"Login":"tidewater_api","Password":"Tw!d3water-API-2024","TokenExpirationInMinutes":1440}'
curl -s -H "TTD-Auth: ⟦b46b_ttd_api_token:hist⟧" -H 'Content-Type: application/json' -X POST https://api.thetradedesk.com/v3/adgroup/query/advertiser -d '{"AdvertiserId":"7xq2mfa","PageStartIndex":0,"PageSize":100}' | jq '.Result[].AdGroupName'
python ttd/bulk_bid_update.py bids-2024-05-06.csv --advertiser 7xq2mfa
python ttd/bulk_bid_update.py bids-2024-05-06.csv --advertiser 7xq2mfa --apply
psql "postgresql://reporting:⟦db_password:rep⟧@10.20.0.14:5432/adspend" -c "select client, sum(spend) from daily_spend where day >= current_date - 7 group by 1"
vim google-ads.yaml
curl -s -H "Authorization: Bearer ⟦b46b_linkedin_access_token:hist⟧" -H 'LinkedIn-Version: 202404' 'https://api.linkedin.com/rest/adAccounts?q=search' | jq '.elements[].name'
http POST https://www.linkedin.com/oauth/v2/accessToken grant_type=refresh_token refresh_token=⟦b46b_linkedin_refresh_token:hist⟧ client_id=86v1q2k3rxw9zt client_secret=⟦b39b_linkedin_client_secret:hist⟧ --form
python -m reporting.gads_daily --customer 6412230981
history | grep curl
mysql -h looker-mirror.internal -u looker -p'Looker#2023' -e 'show databases'
aws s3 ls s3://tidewater-client-exports/seabright/ --profile tidewater
export GOOGLE_ADS_DEVELOPER_TOKEN=⟦b46b_google_ads_developer_token:hist2⟧
git status
git add -p
git commit -m "ttd: retry with fresh token on 403"
git push
