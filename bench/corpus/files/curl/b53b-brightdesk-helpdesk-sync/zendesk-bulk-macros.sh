#!/usr/bin/env bash
# Export all shared macros from Zendesk, then re-import them into the sandbox.
# usage: ./zendesk-bulk-macros.sh export|import
set -euo pipefail

PROD="https://brightdesk.zendesk.com/api/v2"
SANDBOX="https://brightdesk1700000000.zendesk.com/api/v2"
OUT=macros-$(date +%F).json

case "${1:-export}" in
  export)
    curl -sS -u "integrations@brightdesk.io/token:⟦zendesk_api_token:prod⟧" \
      "${PROD}/macros.json?access=shared&per_page=100" | jq '.macros' > "$OUT"
    echo "exported $(jq length "$OUT") macros to $OUT"
    ;;
  import)
    jq -c '.[] | {macro: {title, actions, restriction, description}}' "${2:?macros file}" |
    while read -r m; do
      curl -sS -X POST "${SANDBOX}/macros.json" \
        -H "Authorization: Basic ⟦zendesk_api_token:sbx|pre=sandbox-bot@brightdesk.io/token:|b64⟧" \
        -H "Content-Type: application/json" -d "$m" | jq -r '.macro.id // .error'
    done
    ;;
  *) echo "usage: $0 export|import FILE" >&2; exit 2 ;;
esac
