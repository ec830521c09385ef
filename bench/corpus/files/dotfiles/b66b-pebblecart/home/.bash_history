cd ~/code/pebblecart-storefront
git checkout -b fix/checkout-currency
pnpm install
pnpm wrangler whoami
pnpm wrangler dev --remote
pnpm wrangler tail pebblecart-storefront --format pretty
echo "⟦stripe_secret_live:hist⟧" | pnpm wrangler secret put STRIPE_SECRET_KEY
pnpm wrangler secret list
echo "⟦openai_project_key:hist⟧" | pnpm wrangler secret put OPENAI_API_KEY --env staging
pnpm wrangler d1 execute pebblecart-orders --remote --command "select count(*) from orders where created_at > date('now','-1 day')"
CLOUDFLARE_API_TOKEN=⟦cloudflare_user_token:hist⟧ pnpm wrangler deploy --env staging
curl -s https://inventory.int.pebblecart.co/healthz -H "CF-Access-Client-Id: ⟦b66b_cf_access_client_id:dev⟧" -H "CF-Access-Client-Secret: ⟦b66b_cf_access_client_secret:dev⟧"
AWS_ACCESS_KEY_ID=⟦b40b_r2_access_key_id:hist⟧ AWS_SECRET_ACCESS_KEY=⟦b40b_r2_secret_access_key:hist⟧ aws s3 ls s3://pebblecart-invoices/2025/02/ --endpoint-url https://⟦b43c_cloudflare_id:acct⟧.r2.cloudflarestorage.com
pnpm vitest run
git add -p
git commit -m "checkout: respect CHECKOUT_CURRENCIES"
git push -u origin fix/checkout-currency
gh pr create --fill
