#!/usr/bin/env bash
# Deactivate Rocket.Chat accounts of people who left (list exported from Personio as CSV).
# usage: ./rc-deactivate-leavers.sh leavers-2024-05.csv
set -euo pipefail

RC=https://wh-chat.okapi-logistics.eu
# personal access token of wh-admin (Profile > Personal Access Tokens > "leavers-script")
RC_USER_ID=⟦b39a_rocketchat_user_id:whadmin⟧
RC_TOKEN=⟦b39a_rocketchat_pat:whadmin⟧

auth=(-H "X-User-Id: $RC_USER_ID" -H "X-Auth-Token: $RC_TOKEN")

tail -n +2 "$1" | while IFS=';' read -r personnel_no name email exit_date; do
  username=$(curl -fsS "${auth[@]}" "$RC/api/v1/users.info?username=${email%@*}" | jq -r '.user.username // empty' || true)
  if [[ -z "$username" ]]; then
    echo "skip $email (no RC account)"
    continue
  fi
  curl -fsS "${auth[@]}" -H 'Content-Type: application/json' \
    -d "{\"userId\":\"$(curl -fsS "${auth[@]}" "$RC/api/v1/users.info?username=$username" | jq -r .user._id)\",\"activeStatus\":false,\"confirmRelinquish\":true}" \
    "$RC/api/v1/users.setActiveStatus" >/dev/null
  echo "deactivated $username (left $exit_date)"
done
