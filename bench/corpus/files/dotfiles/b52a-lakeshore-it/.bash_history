cd /opt/lakeshore
git pull
sudo systemctl status lakeshore-bridge
journalctl -u lakeshore-bridge --since "1 hour ago" | tail -50
ls -la /etc/lakeshore/
sudo cat /etc/lakeshore/bridge.env | grep FORTELLIS
curl -s -X POST https://identity.fortellis.io/oauth2/aus1p1ixy7YL8cMq02p7/v1/token -u ⟦b52a_fortellis_api_key:prod⟧:⟦b52a_fortellis_api_secret:prod⟧ -d grant_type=client_credentials -d scope=anonymous | jq .
export TOKEN=⟦jwt_rs256:bashhist⟧
curl -s https://api.fortellis.io/cdk/drive/v1/inventory/vehicles?pageSize=5 -H "Authorization: Bearer $TOKEN" -H "Subscription-Id: ⟦b52a_fortellis_subscription_id:s04⟧" -H "Request-Id: $(uuidgen)" | jq '.items[].vin'
psql "postgresql://bridge_app@lsa-sql02.lakeshore.local/dms_bridge" -c "select store_code, active from store_integration"
PGPASSWORD='⟦db_password:bridge⟧' psql -h lsa-sql02.lakeshore.local -U bridge_app dms_bridge
history | grep psql
mysql -h lsa-web01 -u wp_lakeshore -pSunset!Lake88 lakeshore_wp -e "select option_value from wp_options where option_name='siteurl'"
sudo -u www-data wp --path=/var/www/lakeshoreauto.com plugin list
export TWILIO_AUTH_TOKEN=⟦twilio_auth_token:lsa⟧
curl -X POST https://api.twilio.com/2010-04-01/Accounts/⟦twilio_account_sid:lsa⟧/Messages.json --data-urlencode "To=+14145550199" --data-urlencode "From=+12625550147" --data-urlencode "Body=test from bridge" -u ⟦twilio_account_sid:lsa⟧:$TWILIO_AUTH_TOKEN
curl "https://api.vinaudit.com/query.php?vin=1GCUYDED5NZ104421&key=⟦b52a_vinaudit_api_key:lsa⟧&format=json"
curl "https://vpic.nhtsa.dot.gov/api/vehicles/DecodeVinValues/1FTFW1E50PFA12345?format=json"
vim /etc/lakeshore/bridge.env
sudo systemctl restart lakeshore-bridge
ssh lsa-util01
exit
