cd /opt/kestrel/payouts/current
tail -f log/production.log | grep -i rapyd
sudo systemctl status payouts-worker@1
export RAPYD_ACCESS_KEY=⟦b61b_rapyd_access_key:prod⟧
export RAPYD_SECRET_KEY=⟦b61b_rapyd_secret_key:prod⟧
bundle exec rails runner 'puts Kestrel::Rapyd.headers("get", "/v1/payouts/supported_types?beneficiary_country=PH")'
curl -s https://api.rapyd.net/v1/data/countries | head
RAILS_ENV=production bundle exec rails c
mysql -h kfx-payouts-legacy.c1x9q2.eu-west-1.rds.amazonaws.com -u payouts_ro -p'Kestrel#ro2023' payouts -e 'select count(*) from payouts where status="pending"'
history | grep mysql
sudo journalctl -u payouts-worker@2 --since "1 hour ago"
curl -s -X POST https://api.airwallex.com/api/v1/authentication/login -H 'x-client-id: ⟦b61b_airwallex_client_id:prod⟧' -H 'x-api-key: ⟦b61b_airwallex_api_key:prod⟧'
curl -s -X POST https://api.currencycloud.com/v2/authenticate/api -F login_id=settlements@kestrel-fx.com -F api_key=⟦b61b_currencycloud_api_key:live⟧
curl -s https://api.transferwise.com/v1/profiles -H 'Authorization: Bearer ⟦b44b_wise_api_token:prod⟧' | jq '.[].id'
exit
