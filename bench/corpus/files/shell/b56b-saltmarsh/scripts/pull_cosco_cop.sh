#!/usr/bin/env bash
# Pull cargo tracking for our COSCO bookings from the COSCO SHIPPING Lines Open Platform (COP)
# and drop the JSON where the CargoWise importer picks it up. Cron: */20 * * * *
set -euo pipefail

COP_HOST="https://api.lines.coscoshipping.com/service"
COP_API_KEY="⟦b56b_cosco_cop_api_key:smf⟧"
COP_SECRET_KEY="⟦b56b_cosco_cop_secret_key:smf⟧"
OUT_DIR="/srv/edibridge/inbound/cosco"
BOOKINGS_FILE="/srv/edibridge/state/cosco_open_bookings.txt"

hmac_headers() {
  local method="$1" path="$2" body="${3:-}"
  local date nonce digest signing sig
  date="$(LC_ALL=C date -u '+%a, %d %b %Y %H:%M:%S GMT')"
  nonce="$(uuidgen)"
  digest="SHA-256=$(printf '%s' "$body" | openssl dgst -sha256 -binary | base64)"
  signing="x-date: ${date}
digest: ${digest}
x-coscon-content-md5: 
${method} ${path} HTTP/1.1"
  sig="$(printf '%s' "$signing" | openssl dgst -sha1 -hmac "$COP_SECRET_KEY" -binary | base64)"
  printf -- '-H\0X-Coscon-Date: %s\0-H\0X-Coscon-Nonce: %s\0-H\0X-Coscon-Digest: %s\0-H\0X-Coscon-Authorization: hmac username="%s", algorithm="hmac-sha1", headers="x-date digest x-coscon-content-md5 request-line", signature="%s"\0' \
    "$date" "$nonce" "$digest" "$COP_API_KEY" "$sig"
}

mkdir -p "$OUT_DIR"
while read -r bkg; do
  [[ -z "$bkg" || "$bkg" == \#* ]] && continue
  path="/info/tracking/${bkg}?numberType=bkg"
  mapfile -d '' hdrs < <(hmac_headers GET "/service${path}")
  curl -sS --fail "${hdrs[@]}" "${COP_HOST}${path}" -o "${OUT_DIR}/${bkg}.json" \
    || echo "$(date -Is) cop fetch failed for ${bkg}" >&2
done < "$BOOKINGS_FILE"
