#!/usr/bin/env bash
# Replay a captured Marqeta JIT funding request against a cardforge instance.
#   ./scripts/replay_jit.sh captures/jit-2024-10-21T11-02-44.json [https://cf-stg.internal:8443]
# Also shows how to pull the matching transaction from Marqeta for comparison.
set -euo pipefail

CAPTURE=${1:?capture file}
TARGET=${2:-https://cf-stg.internal:8443}

# gateway credentials Marqeta uses against us (stg); prod is in config.prod.toml
JIT_USER=marqeta_jit
JIT_PASS='⟦password:jitstg⟧'

curl -sS --fail-with-body \
  -u "${JIT_USER}:${JIT_PASS}" \
  -H 'Content-Type: application/json' \
  --data-binary @"${CAPTURE}" \
  "${TARGET}/marqeta/jit" | jq .

TXN=$(jq -r '.token' "${CAPTURE}")
echo "--- Marqeta view of ${TXN}"
# MQ_APP / MQ_ADMIN exported from `op read op://cardforge/marqeta-prod/...` in your shell
curl -sS -u "${MQ_APP:?}:${MQ_ADMIN:?}" "https://cardforge-api.marqeta.com/v3/transactions/${TXN}" | jq '{state, amount, response}'

# quick one-off for the on-call: lithic side of the same card (commercial program)
curl -sS -H "Authorization: ⟦b44b_lithic_api_key:oncall⟧" \
  "https://api.lithic.com/v1/transactions?card_token=$(jq -r '.card_token' "${CAPTURE}")&page_size=5" | jq '.data[] | {token, status, amount}'
