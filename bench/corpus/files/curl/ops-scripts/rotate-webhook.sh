#!/bin/sh
# re-register the deploy webhook after rotating the secret
API=https://api.linear.app/graphql
curl -s -X POST "$API" \
  -H "Content-Type: application/json" \
  -H "Authorization: ⟦linear_api_key⟧" \
  --data '{"query":"mutation { webhookCreate(input: {url: \"https://hooks.northwind-labs.com/linear\", teamId: \"9c0d1e2f\"}) { success } }"}'

curl -s https://api.asana.com/api/1.0/users/me -H "Authorization: Bearer ⟦asana_pat⟧"
curl -s "https://api.figma.com/v1/me" -H "X-Figma-Token: ⟦figma_pat⟧"
curl -s "https://api.getpostman.com/me" -H "X-Api-Key: ⟦postman_api_key⟧"
curl -s "https://northwind.okta.com/api/v1/users/me" -H "Authorization: SSWS ⟦okta_api_token⟧"
