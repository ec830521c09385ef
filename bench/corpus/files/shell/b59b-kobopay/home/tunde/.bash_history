cd ~/code/kobopay-api
git pull --rebase
npm run dev
curl -s https://api.paystack.co/bank?country=nigeria | jq '.data[] | {name, code}' | head -40
curl -s https://api.paystack.co/transaction/verify/KP-20240311-88123 -H "Authorization: Bearer ⟦paystack_secret:hist⟧" | jq .
curl -s "https://api.paystack.co/transaction?perPage=5&status=failed" -H "Authorization: Bearer ⟦paystack_secret:hist⟧" | jq '.data[].gateway_response'
export FLW_SECRET_KEY=⟦flutterwave_secret:hist⟧
curl -s https://api.flutterwave.com/v3/transactions/4928811/verify -H "Authorization: Bearer $FLW_SECRET_KEY" | jq .data.status
unset FLW_SECRET_KEY
curl -X POST https://api.ng.termii.com/api/sms/otp/send -H 'Content-Type: application/json' -d '{"api_key":"⟦b59b_termii_api_key:hist⟧","message_type":"NUMERIC","to":"2348031234567","from":"KoboPay","channel":"dnd","pin_attempts":3,"pin_time_to_live":5,"pin_length":6,"pin_placeholder":"< 1234 >","message_text":"Your KoboPay code is < 1234 >","pin_type":"NUMERIC"}'
curl "https://api.ng.termii.com/api/get-balance?api_key=⟦b59b_termii_api_key:hist⟧"
psql "postgresql://kobopay_app:⟦db_password:pg⟧@localhost:6432/kobopay" -c "select status, count(*) from payments where created_at > now() - interval '1 day' group by 1"
kubectl -n payments get pods
kubectl -n payments logs deploy/payments-api --since=10m | grep -i interswitch
aws ssm get-parameter --name /kobopay/prod/isw/secret --with-decryption --query Parameter.Value --output text
mysql -h 10.20.4.11 -u reports -pLagos@2023 kobopay_reports -e "show tables"
git log --oneline -5
npm run migrate:status
exit
