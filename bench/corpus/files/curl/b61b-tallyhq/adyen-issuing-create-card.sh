#!/bin/sh
# Create a virtual card on Adyen's Balance Platform (test) for the Tally pilot.
# Pilot account holder: AH32272223222B5CTBMZT6W2V, balance account BA3227C223222B5CTBLR8BWJB
# Usage: ./adyen-issuing-create-card.sh "Ana Ruiz" ana.ruiz@pilotco.example

NAME="$1"
EMAIL="$2"

curl -sS https://balanceplatform-api-test.adyen.com/bcl/v2/paymentInstruments \
  -H 'Content-Type: application/json' \
  -H 'x-api-key: ⟦adyen_api_key⟧' \
  -X POST \
  -d "{
    \"type\": \"card\",
    \"description\": \"Tally pilot - $NAME\",
    \"balanceAccountId\": \"BA3227C223222B5CTBLR8BWJB\",
    \"issuingCountryCode\": \"US\",
    \"card\": {
      \"formFactor\": \"virtual\",
      \"cardholderName\": \"$NAME\",
      \"brand\": \"mc\",
      \"brandVariant\": \"mcdebit\",
      \"authentication\": { \"email\": \"$EMAIL\" }
    }
  }" | jq '{id, status, card: {lastFour: .card.lastFour, expiration: .card.expiration}}'
