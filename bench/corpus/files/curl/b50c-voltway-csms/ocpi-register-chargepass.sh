#!/usr/bin/env bash
# One-off: OCPI 2.2.1 credentials handshake with ChargePass (CPS/BE) after they re-issued token A.
# Run from the bastion. Writes the token C they return to stdout — put it in SSM, not in git.
set -euo pipefail

PARTNER_VERSIONS="https://roaming.chargepass.example/ocpi/emsp/versions"
# token A that ChargePass gave us out-of-band (mail from Bram, 2025-03-13)
CPS_TOKEN_A='⟦b50c_ocpi_token:cpsA⟧'
# token B = what they will use to call us; generated with uuidgen on 2025-03-14
OUR_TOKEN_B='⟦b50c_ocpi_token:ourB⟧'

b64() { printf '%s' "$1" | base64 -w0; }

echo "== versions"
curl -fsS "$PARTNER_VERSIONS" -H "Authorization: Token $(b64 "$CPS_TOKEN_A")" | jq .

echo "== 2.2.1 endpoints"
curl -fsS "https://roaming.chargepass.example/ocpi/emsp/2.2.1" \
  -H "Authorization: Token $(b64 "$CPS_TOKEN_A")" | jq '.data.endpoints[] | {identifier, role, url}'

echo "== POST credentials"
curl -fsS -X POST "https://roaming.chargepass.example/ocpi/emsp/2.2.1/credentials" \
  -H "Authorization: Token $(b64 "$CPS_TOKEN_A")" \
  -H 'Content-Type: application/json' \
  -H "X-Request-ID: $(uuidgen)" \
  --data @- <<JSON | jq -r '.data.token'
{
  "token": "${OUR_TOKEN_B}",
  "url": "https://ocpi.voltway.eu/ocpi/cpo/versions",
  "roles": [{ "role": "CPO", "party_id": "VWY", "country_code": "NL",
              "business_details": { "name": "Voltway B.V." } }]
}
JSON
