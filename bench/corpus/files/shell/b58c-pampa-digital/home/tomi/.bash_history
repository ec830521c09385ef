cd ~/pampa/clientes/yerbamate-co
php artisan migrate --force
php artisan queue:restart
curl -s https://api.tiendanube.com/v1/2345671/orders?per_page=5 -H "Authentication: bearer ⟦b58c_nuvemshop_access_token⟧" -H "User-Agent: Pampa Suscripciones (dev@pampadigital.com.ar)" | jq '.[].number'
curl -s https://api.tiendanube.com/v1/2345671/webhooks -H "Authentication: bearer ⟦b58c_nuvemshop_access_token⟧" -H "User-Agent: Pampa (dev@pampadigital.com.ar)"
export MP_ACCESS_TOKEN="⟦b58c_mercadopago_access_token:donangel⟧"
curl -X POST https://api.mercadopago.com/preapproval_plan -H "Authorization: Bearer $MP_ACCESS_TOKEN" -H 'Content-Type: application/json' -d @plan.json
git status
git add -A && git commit -m "fix: reintento de cobro de suscripciones"
git push origin main
ssh deploy@200.58.112.40
curl -u ⟦b58c_culqi_secret_key⟧: https://api.culqi.com/v2/charges?limit=10
curl https://api.culqi.com/v2/charges -H "Authorization: Bearer ⟦b58c_culqi_secret_key⟧" -H "Content-Type: application/json" -d '{"amount":5900,"currency_code":"PEN","email":"test@pampadigital.com.ar","source_id":"tkn_test_0CjjdWhFpEAZlxlz"}'
htop
sudo systemctl restart php8.2-fpm
mysql -u root -p
exit
