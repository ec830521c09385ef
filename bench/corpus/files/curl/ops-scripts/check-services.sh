#!/usr/bin/env bash
# Quick health check of third-party services (run from the ops box)
set -euo pipefail

echo "== GitHub"
curl -s -H "Authorization: Bearer ⟦github_fine_grained_pat⟧" https://api.github.com/rate_limit | jq .rate

echo "== Stripe"
curl -s https://api.stripe.com/v1/balance -u ⟦stripe_restricted_live⟧:

echo "== SendGrid"
curl -s --request GET --url https://api.sendgrid.com/v3/user/credits \
  --header "Authorization: Bearer ⟦sendgrid_api_key⟧"

echo "== Mailgun"
curl -s --user 'api:⟦mailgun_api_key⟧' https://api.mailgun.net/v3/domains

echo "== Internal admin API"
curl -s -u admin:Adm1n-0ps-2023 https://admin.internal.northwind-labs.com/health

echo "== Cloudflare"
curl -s https://api.cloudflare.com/client/v4/user/tokens/verify -H "Authorization: Bearer ⟦cloudflare_api_token⟧"

echo "== Datadog"
curl -s -X GET "https://api.datadoghq.eu/api/v1/validate" -H "DD-API-KEY: ⟦datadog_api_key⟧"

echo "== PagerDuty"
curl -s https://api.pagerduty.com/abilities -H "Authorization: Token token=⟦pagerduty_api_token⟧" -H "Accept: application/vnd.pagerduty+json;version=2"
