cd /opt/channels
git pull --ff-only
source .venv/bin/activate
pip install -U python-amazon-sp-api==1.8.13
python -c "import sp_api; print(sp_api.__version__)"
cat ~/.config/python-sp-api/credentials.yml
vim ~/.config/python-sp-api/credentials.yml
export LWA_APP_ID=⟦b47a_lwa_client_id:app⟧
export LWA_CLIENT_SECRET=⟦b47a_lwa_client_secret:app⟧
export SP_API_REFRESH_TOKEN='⟦b47a_lwa_refresh_token:na⟧'
python -m channels.amazon --since 2024-11-20 --dry-run
curl -s -X POST https://api.ebay.com/identity/v1/oauth2/token -H 'Content-Type: application/x-www-form-urlencoded' -H "Authorization: Basic $(echo -n '⟦b47a_ebay_app_id:prd⟧:⟦b47a_ebay_cert_id:prd⟧' | base64 -w0)" -d grant_type=client_credentials -d scope=https://api.ebay.com/oauth/api_scope | jq .
aws configure set aws_access_key_id ⟦aws_access_key_id:spapi⟧ --profile spapi
aws configure set aws_secret_access_key ⟦aws_secret_access_key:spapi⟧ --profile spapi
aws sts get-caller-identity --profile spapi
psql "postgresql://channels:⟦db_password:chan⟧@wms-db01.tidewater.lan:5432/wms" -c "select count(*) from channel_orders where created_at > now() - interval '1 day'"
curl -s https://api.etsy.com/v3/public/oauth/token -d grant_type=refresh_token -d client_id=⟦b47a_etsy_keystring:app⟧ -d refresh_token=⟦b47a_etsy_refresh_token:shop|url⟧ | jq .
sudo systemctl restart channels-sync
journalctl -u channels-sync -f
tail -n 200 /var/log/channels/sync-worker.log
htop
exit
