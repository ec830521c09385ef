#!/usr/bin/env bash
# Jednorazowe powiązanie aplikacji z kontem Allegro (device flow).
# Użycie: ./scripts/device_flow.sh [sandbox]
set -euo pipefail

if [[ "${1:-}" == "sandbox" ]]; then
  AUTH="https://allegro.pl.allegrosandbox.pl/auth/oauth"
else
  AUTH="https://allegro.pl/auth/oauth"
fi

CLIENT_ID="${ALLEGRO_CLIENT_ID:-⟦b59c_allegro_client_id:prod⟧}"
# sekret z konsoli apps.developer.allegro.pl (app "ZZ-Allegro-Sync"), Kuba wkleił na szybko
CLIENT_SECRET="${ALLEGRO_CLIENT_SECRET:-⟦b59c_allegro_client_secret:prod⟧}"

resp=$(curl -sS -X POST "$AUTH/device" \
  -u "$CLIENT_ID:$CLIENT_SECRET" \
  -H "Content-Type: application/x-www-form-urlencoded" \
  -d "client_id=$CLIENT_ID")

device_code=$(jq -r .device_code <<<"$resp")
echo "Otwórz w przeglądarce: $(jq -r .verification_uri_complete <<<"$resp")"
interval=$(jq -r .interval <<<"$resp")

while true; do
  sleep "$interval"
  tok=$(curl -sS -X POST "$AUTH/token?grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&device_code=$device_code" \
    -u "$CLIENT_ID:$CLIENT_SECRET")
  if jq -e .access_token >/dev/null <<<"$tok"; then
    mkdir -p .cache
    jq '. + {obtained_at: (now|todate)}' <<<"$tok" > .cache/allegro_tokens.json
    echo "OK, tokeny zapisane w .cache/allegro_tokens.json"
    break
  fi
  err=$(jq -r .error <<<"$tok")
  [[ "$err" == "authorization_pending" || "$err" == "slow_down" ]] || { echo "Błąd: $tok" >&2; exit 1; }
done
