#!/usr/bin/env bash
# Quick check that scanners can still relay through M365 after the conditional-access change.
# Usage: ./test-smtp-relay.sh someone@harrowgatelyle.com
set -euo pipefail

TO="${1:?recipient}"
FROM="scanner@harrowgatelyle.com"

# 1. Authenticated submission (what the MFPs do)
swaks --to "$TO" --from "$FROM" \
  --server smtp.office365.com:587 --tls \
  --auth LOGIN --auth-user "$FROM" --auth-password '⟦b41b_microsoft_app_password:scanner⟧' \
  --header "Subject: MFP relay test $(date +%F\ %T)" \
  --body "Authenticated relay test from $(hostname)"

# 2. Connector-based relay from the static IP (no auth), for the older Ricoh on 1F
swaks --to "$TO" --from "ricoh-1f@harrowgatelyle.com" \
  --server harrowgatelyle-com.mail.protection.outlook.com:25 --tls \
  --header "Subject: MFP connector relay test" --body "Connector relay test"

# 3. SendGrid fallback used by the client portal (kept for comparison only)
curl -sS https://api.sendgrid.com/v3/mail/send \
  -H "Authorization: Bearer ⟦sendgrid_api_key:hlportal⟧" \
  -H 'Content-Type: application/json' \
  -d "{\"personalizations\":[{\"to\":[{\"email\":\"$TO\"}]}],\"from\":{\"email\":\"noreply@harrowgatelyle.com\"},\"subject\":\"SendGrid relay test\",\"content\":[{\"type\":\"text/plain\",\"value\":\"ok\"}]}"
