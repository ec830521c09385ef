#!/usr/bin/env bash
# One-off: pull 2023-2024 as-planted layers from FieldView for growers connected before
# we stored refresh tokens encrypted. Run from a bastion, not your laptop.
set -euo pipefail

CFV_CLIENT_ID="${CFV_CLIENT_ID:-⟦b51b_cfv_client_id:sh⟧}"
CFV_CLIENT_SECRET="${CFV_CLIENT_SECRET:-⟦b51b_cfv_client_secret:sh⟧}"
CFV_API_KEY="${CFV_API_KEY:-⟦b51b_cfv_api_key:sh⟧}"
OUT=${OUT:-/data/backfill/cfv}
mkdir -p "$OUT"

token_for() {
  local refresh="$1"
  curl -sS -u "${CFV_CLIENT_ID}:${CFV_CLIENT_SECRET}" \
    -H 'Content-Type: application/x-www-form-urlencoded' \
    --data-urlencode grant_type=refresh_token \
    --data-urlencode "refresh_token=${refresh}" \
    https://api.climate.com/api/oauth/token | jq -r .access_token
}

# grower_id,refresh_token  (exported from the old connections table)
while IFS=, read -r grower refresh; do
  [[ "$grower" == "grower_id" ]] && continue
  at=$(token_for "$refresh")
  next=""
  page=0
  while :; do
    resp=$(curl -sS -D /tmp/h.$$ \
      -H "x-api-key: ${CFV_API_KEY}" \
      -H "Authorization: Bearer ${at}" \
      ${next:+-H "x-next-token: ${next}"} \
      "https://platform.climate.com/v4/layers/asPlanted?occurredAfter=2023-01-01T00:00:00Z&limit=100")
    echo "$resp" > "$OUT/${grower}_${page}.json"
    next=$(grep -i '^x-next-token:' /tmp/h.$$ | awk '{print $2}' | tr -d '\r' || true)
    [[ -z "$next" ]] && break
    page=$((page+1))
    sleep 0.5
  done
  echo "grower ${grower}: $((page+1)) pages"
done < "${1:-connections_export.csv}"
rm -f /tmp/h.$$
