#!/usr/bin/env bash
# Provision a new operator on the hub: DB row, wallet secret, Pragmatic login, Slotegrator sub-merchant.
# ./provision_operator.sh nordlyx EUR,SEK MT,SE https://rgs-wallet.nordlyx.eu/api
set -euo pipefail

OP="$1"; CURRENCIES="$2"; JURIS="$3"; WALLET_URL="$4"
PGURL="postgresql://hub_admin:⟦db_password:hub-admin⟧@pg-hub-primary.rf.internal:5432/hub"

WALLET_SECRET=$(openssl rand -hex 32)
psql "$PGURL" -v ON_ERROR_STOP=1 <<SQL
INSERT INTO operators (id, currencies, jurisdictions, wallet_url, wallet_key_id, wallet_secret)
VALUES ('$OP', string_to_array('$CURRENCIES', ','), string_to_array('$JURIS', ','), '$WALLET_URL', 'rf-$OP-1', '$WALLET_SECRET');
SQL

# Pragmatic: create the secureLogin through their partner API (our master credentials)
curl -fsS -X POST https://api.prerelease-env.biz/IntegrationService/v3/http/Partner/createLogin \
  -d "secureLogin=rf_reelforge" \
  -d "secretKey=⟦b57c_pragmatic_secret_key:prod⟧" \
  -d "newLogin=rf_${OP}" -d "currencies=${CURRENCIES}"

# Slotegrator sub-merchant (signed with the hub merchant key)
TS=$(date +%s); NONCE=$(openssl rand -hex 16)
BODY="name=${OP}&currencies=${CURRENCIES}"
SIGN=$(printf '%s' "X-Merchant-Id=${SLOTEGRATOR_MERCHANT_ID}&X-Nonce=${NONCE}&X-Timestamp=${TS}&${BODY}" \
  | openssl dgst -sha1 -hmac "⟦b57c_slotegrator_merchant_key:prod⟧" | cut -d' ' -f2)
curl -fsS -X POST https://gis.slotegrator.com/api/index.php/v1/merchants \
  -H "X-Merchant-Id: ${SLOTEGRATOR_MERCHANT_ID}" -H "X-Timestamp: ${TS}" -H "X-Nonce: ${NONCE}" -H "X-Sign: ${SIGN}" \
  --data "$BODY"

echo "operator $OP provisioned. Send the wallet secret through a 1Password share link, never e-mail."
