cd ~/src/fjordkassa
git pull --rebase
npm ci
npm run build
ssh fk-prod-1
exit
curl -s -X PUT "https://tripletex.no/v2/token/session/:create?consumerToken=⟦b62a_tripletex_consumer_token⟧&employeeToken=⟦b62a_tripletex_employee_token:marius⟧&expirationDate=2024-11-20" | jq .
curl -s -u 0:⟦b62a_tripletex_session_token⟧ "https://tripletex.no/v2/ledger/voucher?dateFrom=2024-11-01&dateTo=2024-11-14&count=5" | jq '.values[].description'
history | grep vipps
curl -X POST https://api.vipps.no/accesstoken/get -H "client_id: ⟦b62a_vipps_client_id⟧" -H "client_secret: ⟦b62a_vipps_client_secret⟧" -H "Ocp-Apim-Subscription-Key: ⟦b62a_vipps_subscription_key⟧" -H "Merchant-Serial-Number: ⟦b62a_vipps_msn⟧"
export BRING_API_KEY=⟦b62a_bring_api_key⟧
curl -H "X-Mybring-API-Uid: lager@fjordkassa.no" -H "X-Mybring-API-Key: $BRING_API_KEY" -H "X-Bring-Client-URL: https://kasse.fjordkassa.no" "https://api.bring.com/shippingguide/api/v2/products?fromPostalCode=0552&toPostalCode=5003"
unset BRING_API_KEY
psql "postgresql://fjordkassa_app:Grunerlokka2023!@localhost:15432/fjordkassa" -c "select count(*) from orders where created_at > now() - interval '1 day'"
kubectl -n fjordkassa get pods
kubectl -n fjordkassa logs deploy/api --since=10m | grep -i tripletex
git log --oneline -5
vim .env.production
