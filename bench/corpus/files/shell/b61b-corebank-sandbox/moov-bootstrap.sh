#!/usr/bin/env bash
# Creates a Moov test-mode account for a fake business, links a bank account and
# runs micro-deposit verification, so integration tests have a funded counterparty.
set -euo pipefail

MOOV_URL=${MOOV_URL:-https://api.moov.io}
MOOV_VERSION=v2024.10.00
PUB=${MOOV_PUBLIC_KEY:-⟦b61b_moov_public_key:boot⟧}
SEC=${MOOV_SECRET_KEY:-⟦b61b_moov_secret_key:boot⟧}
AUTH=(-u "$PUB:$SEC" -H "X-Moov-Version: $MOOV_VERSION" -H 'Content-Type: application/json')

acct=$(curl -sS "${AUTH[@]}" -X POST "$MOOV_URL/accounts" -d '{
  "accountType": "business",
  "profile": { "business": { "legalBusinessName": "Corebank Test Widgets LLC", "businessType": "llc" } },
  "capabilities": ["transfers", "send-funds", "collect-funds"]
}' | jq -r .accountID)
echo "account: $acct"

bank=$(curl -sS "${AUTH[@]}" -X POST "$MOOV_URL/accounts/$acct/bank-accounts" -d '{
  "account": { "holderName": "Corebank Test Widgets LLC", "holderType": "business",
               "accountNumber": "0004321567000", "bankAccountType": "checking", "routingNumber": "273976369" }
}' | jq -r .bankAccountID)
echo "bank account: $bank"

curl -sS "${AUTH[@]}" -X POST "$MOOV_URL/accounts/$acct/bank-accounts/$bank/micro-deposits" >/dev/null
# test mode always uses 0.00 / 0.00 for micro-deposit amounts
curl -sS "${AUTH[@]}" -X PUT "$MOOV_URL/accounts/$acct/bank-accounts/$bank/micro-deposits" -d '{"amounts":[0,0]}' | jq .
