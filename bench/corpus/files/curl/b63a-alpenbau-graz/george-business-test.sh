#!/usr/bin/env bash
# Manuelle Tests gegen die Erste Corporate API (Produktion!) – T. Pichler, Feb 2024
# Aufruf: ./george-business-test.sh accounts|transactions <accountId>

API=https://webapi.developers.erstegroup.com/api/ebs/corporate/v1
WEB_API_KEY=⟦b63a_erste_web_api_key:prod⟧

# 1) Token holen (Refresh-Token stammt aus dem einmaligen Consent-Flow in George Business)
TOKEN=$(curl -s -X POST https://webapi.developers.erstegroup.com/api/ebs/sandbox-idp/token \
  -d grant_type=refresh_token \
  -d client_id=alpenbau-erp \
  -d client_secret=⟦b63a_erste_client_secret:prod⟧ \
  -d refresh_token=⟦generic_api_key_alnum40:erste-rt⟧ | jq -r .access_token)

case "$1" in
  accounts)
    curl -s "$API/accounts" -H "web-api-key: $WEB_API_KEY" -H "Authorization: Bearer $TOKEN" | jq .
    ;;
  transactions)
    curl -s "$API/accounts/$2/transactions?dateFrom=$(date -d '-7 days' +%F)" \
      -H "web-api-key: $WEB_API_KEY" -H "Authorization: Bearer $TOKEN" | jq '.transactions[] | {bookingDate, amount, reference}'
    ;;
  *)
    echo "usage: $0 accounts|transactions <accountId>" >&2; exit 1
    ;;
esac
