#!/usr/bin/env bash
# seed-sandbox.sh - creates demo policyholders, quotes and a Boost renters policy in the sandbox tenants
# so sales demos have data. Safe to re-run (skips existing demo users).
set -euo pipefail

SOCOTRA_API_URL="${SOCOTRA_API_URL:-https://api.sandbox.socotra.com}"
# demo tenant PAT (tidewell-demo), created by Alice 2024-04-02, no expiry
SOCOTRA_PAT="${SOCOTRA_PAT:-⟦b65c_socotra_pat:demo⟧}"

BOOST_API_URL="https://api.insurtech.dev"
BOOST_CLIENT_ID="⟦b65c_boost_client_id:demo⟧"
BOOST_CLIENT_SECRET="⟦b65c_boost_client_secret:demo⟧"

STRIPE_KEY="${STRIPE_KEY:-⟦stripe_secret_test:demo⟧}"

demo_users=("Ada Lovelace:ada@demo.tidewell.co" "Grace Hopper:grace@demo.tidewell.co" "Katherine Johnson:kj@demo.tidewell.co")

for entry in "${demo_users[@]}"; do
  name="${entry%%:*}"; email="${entry##*:}"
  first="${name%% *}"; last="${name##* }"
  echo "==> $name"
  ph=$(curl -sf -X POST "$SOCOTRA_API_URL/policyholder/create" \
        -H "Authorization: $SOCOTRA_PAT" -H 'Content-Type: application/json' \
        -d "{\"values\":{\"first_name\":[\"$first\"],\"last_name\":[\"$last\"],\"email\":[\"$email\"]}}" | jq -r .locator)
  echo "    policyholder $ph"
  curl -sf -X POST "$SOCOTRA_API_URL/policy" -H "Authorization: $SOCOTRA_PAT" -H 'Content-Type: application/json' \
    -d "{\"policyholderLocator\":\"$ph\",\"productName\":\"homeowners\",\"finalize\":false}" >/dev/null
  curl -sf https://api.stripe.com/v1/customers -u "$STRIPE_KEY:" -d email="$email" -d name="$name" >/dev/null
done

token=$(curl -sf -X POST "$BOOST_API_URL/auth/oauth2/token" -u "$BOOST_CLIENT_ID:$BOOST_CLIENT_SECRET" \
          -d grant_type=client_credentials | jq -r .access_token)
curl -sf -X POST "$BOOST_API_URL/renters/v1/quotes" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' -d @fixtures/boost-renters-quote.json | jq '.data.id'
echo "done"
