cd ~/code/saltwater-threads
git pull
npm ci
npm run dev
git status
export STRIPE_SECRET_KEY=⟦stripe_secret_live:history⟧
stripe listen --forward-to localhost:3000/api/webhooks/stripe
node scripts/backfill-afterpay-refunds.js --since 2024-01-01
curl -s https://global-api.afterpay.com/v2/configuration -u ⟦b64a_afterpay_merchant_id:hist⟧:⟦b64a_afterpay_secret_key:hist⟧ | jq
curl -s -H "Authorization: Bearer ⟦b64a_zip_api_key:hist⟧" -H "Zip-Version: 2021-08-25" https://api.zip.co/charges?limit=5 | jq '.items[].state'
mysql -h 127.0.0.1 -u mage_outlet -p'Bondi-Outlet-2023!' magento_outlet -e "select count(*) from sales_order where created_at > '2024-02-01'"
ssh deploy@outlet.saltwaterthreads.com.au
docker compose logs -f workers
htop
git checkout -b fix/sendle-weight-rounding
npm test -- sendle
git commit -am "sendle: round weight to 2dp"
git push -u origin fix/sendle-weight-rounding
history | grep afterpay
