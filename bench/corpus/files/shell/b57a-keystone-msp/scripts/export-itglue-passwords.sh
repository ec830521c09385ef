#!/usr/bin/env bash
# Export one organization's IT Glue passwords (metadata + values) to CSV for an offboarding.
# Used for the Riverbend handover (KS-1422). Run from ksit-util02 only; the output goes to the
# encrypted share and is deleted after the client confirms receipt.
set -euo pipefail

ORG_ID="${1:?usage: $0 <itglue-org-id> [outfile]}"
OUT="${2:-/srv/secure-export/itg-passwords-${ORG_ID}-$(date +%F).csv}"
ITG_BASE="https://api.itglue.com"

# service key of the "Offboarding Export" API key (Account > Settings > API Keys), password access enabled
ITG_KEY="⟦b57a_itglue_api_key:export⟧"

hdr=(-H "x-api-key: ${ITG_KEY}" -H "Content-Type: application/vnd.api+json")

echo "name,username,url,password,notes" > "$OUT"
page=1
while :; do
  resp=$(curl -sS "${hdr[@]}" "${ITG_BASE}/organizations/${ORG_ID}/relationships/passwords?page[size]=100&page[number]=${page}")
  ids=$(jq -r '.data[].id' <<<"$resp")
  [[ -z "$ids" ]] && break
  for id in $ids; do
    # show_password=true is required to get the value back
    curl -sS "${hdr[@]}" "${ITG_BASE}/passwords/${id}?show_password=true" \
      | jq -r '.data.attributes | [.name, .username, .url, .password, (.notes // "" | gsub("\n"; " "))] | @csv' >> "$OUT"
  done
  next=$(jq -r '.meta["next-page"] // empty' <<<"$resp")
  [[ -z "$next" ]] && break
  page=$next
done

chmod 600 "$OUT"
echo "wrote $(($(wc -l < "$OUT") - 1)) passwords to $OUT"
