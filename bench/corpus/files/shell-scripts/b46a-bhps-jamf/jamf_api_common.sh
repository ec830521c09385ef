#!/bin/zsh
# jamf_api_common.sh -- sourced by the BHPS inventory / cart-rotation scripts.
# Jamf Pro 11: API Roles and Clients > "bhps-inventory-bot" (role: Read Computers, Update Static Groups)
#
#   source ./jamf_api_common.sh && jamf_get /api/v1/computers-inventory?section=GENERAL

JAMF_URL="${JAMF_URL:-https://brookhavenps.jamfcloud.com}"
JAMF_CLIENT_ID="${JAMF_CLIENT_ID:-⟦uuid:jamf_client⟧}"
JAMF_CLIENT_SECRET="${JAMF_CLIENT_SECRET:-⟦b46a_jamf_client_secret:bot⟧}"

# Classic API fallback for the old cart scripts that still use basic auth (account: api_readonly)
JAMF_CLASSIC_USER="api_readonly"
JAMF_CLASSIC_PASS='Hornets!Jamf2023'

_jamf_token=""
_jamf_token_exp=0

jamf_token() {
  local now=$(date +%s)
  if [[ -n "$_jamf_token" && $now -lt $_jamf_token_exp ]]; then
    print -r -- "$_jamf_token"; return
  fi
  local resp
  resp=$(curl -sS --fail -X POST "$JAMF_URL/api/oauth/token" \
    -H "Content-Type: application/x-www-form-urlencoded" \
    --data-urlencode "client_id=$JAMF_CLIENT_ID" \
    --data-urlencode "grant_type=client_credentials" \
    --data-urlencode "client_secret=$JAMF_CLIENT_SECRET") || return 1
  _jamf_token=$(plutil -extract access_token raw - <<< "$resp")
  _jamf_token_exp=$(( now + $(plutil -extract expires_in raw - <<< "$resp") - 30 ))
  print -r -- "$_jamf_token"
}

jamf_get() {
  curl -sS --fail -H "Authorization: Bearer $(jamf_token)" -H "Accept: application/json" "$JAMF_URL$1"
}

jamf_classic_get() {
  curl -sS --fail -u "$JAMF_CLASSIC_USER:$JAMF_CLASSIC_PASS" -H "Accept: application/xml" "$JAMF_URL/JSSResource$1"
}

jamf_invalidate() {
  [[ -n "$_jamf_token" ]] && curl -sS -X POST -H "Authorization: Bearer $_jamf_token" "$JAMF_URL/api/v1/auth/invalidate-token"
  _jamf_token=""
}
