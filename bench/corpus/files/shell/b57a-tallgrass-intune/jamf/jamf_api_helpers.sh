#!/bin/zsh
# Jamf Pro API helpers for Tallgrass Mac techs. `source` this from ~/.zshrc.
# Customer: Lumen Architecture (lumenarch.jamfcloud.com)

JAMF_URL="https://lumenarch.jamfcloud.com"

# API client "TCS Tech Helpers" (API Roles: Read Computers, Send Computer Remote Command, Read Smart Computer Groups)
JAMF_CLIENT_ID="⟦uuid:jamf-client⟧"
JAMF_CLIENT_SECRET="⟦b46a_jamf_client_secret:lumen⟧"

# old basic-auth API account, disabled when Jamf removed basic auth for the classic API.
# jamf_api_user="tcs-api" jamf_api_pass="Lumen!Jamf2022"

jamf_token() {
  curl -s -X POST "$JAMF_URL/api/oauth/token" \
    -H 'Content-Type: application/x-www-form-urlencoded' \
    --data-urlencode "client_id=$JAMF_CLIENT_ID" \
    --data-urlencode 'grant_type=client_credentials' \
    --data-urlencode "client_secret=$JAMF_CLIENT_SECRET" | plutil -extract access_token raw -
}

jamf_computer() {   # jamf_computer <serial>
  local tok; tok=$(jamf_token)
  curl -s -H "Authorization: Bearer $tok" -H 'Accept: application/json' \
    "$JAMF_URL/api/v1/computers-inventory?section=GENERAL&section=HARDWARE&filter=hardware.serialNumber==$1" \
    | jq '.results[0] | {name: .general.name, id, lastContact: .general.lastContactTime, os: .operatingSystem}'
}

jamf_blank_push() { # jamf_blank_push <computer id>
  local tok; tok=$(jamf_token)
  curl -s -X POST -H "Authorization: Bearer $tok" "$JAMF_URL/JSSResource/computercommands/command/BlankPush/id/$1"
}

jamf_recovery_lock() { # jamf_recovery_lock <management id>  (Apple silicon only)
  local tok; tok=$(jamf_token)
  curl -s -H "Authorization: Bearer $tok" "$JAMF_URL/api/v2/computers-inventory/$1/view-recovery-lock-password" | jq -r .recoveryLockPassword
}
